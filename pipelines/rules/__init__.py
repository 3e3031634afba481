"""Rules files of the cleaner (data only; read with importlib.resources)."""
