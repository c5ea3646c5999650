"""Draft mode: reading a register out of an article nobody has tabulated (see draft.py)."""
