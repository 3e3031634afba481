"""Benchmarks: scripts that measure, never assert; figures go to the docs with the command.

Most run as files, from any directory: ``python benchmarks/crawl.py``. The project is
installed (``pip install -e .``), so ``crawler``, ``pipelines``, ``db`` … import as usual,
and a script's own folder is first on the import path, so a helper beside it imports by its
own name (``from corpus import article``, ``from real.scoring import load_labels``). The
three that reuse the tests' labelled sets or worlds (``dedup``, ``events``, ``hostile``)
import ``tests.…`` and run as modules from the repository root: ``python -m
benchmarks.dedup``. Nothing edits ``sys.path`` (``tests/test_layers.py`` checks).
"""
