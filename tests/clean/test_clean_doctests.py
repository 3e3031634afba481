"""The examples in the cleaning modules' docstrings are true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipelines.clean", "pipelines.decode", "pipelines.mojibake", "pipelines.charnorm",
           "pipelines.pinyin", "pipelines.dates", "pipelines.mhtml"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
