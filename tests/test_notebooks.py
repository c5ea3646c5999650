"""Notebooks are committed without outputs and take their inputs from one tagged parameters cell."""
import ast
import json

import pytest

from claimcheck.build import PARAMETERS
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_stages_are_numbered():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01-", "02-", "03-"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(notebook["cells"]) if c.get("outputs") or c.get("execution_count")]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_with_literal_defaults(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    tree = ast.parse("".join(tagged[0]["source"]))
    names = {}
    for node in tree.body:
        assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant), ast.dump(node)
        names[node.targets[0].id] = node.value.value
    assert set(PARAMETERS) <= set(names)
    assert names["article"] == "seeds/000_e06f6a7d580007d1.txt"
