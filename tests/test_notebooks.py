"""Notebooks are committed without outputs and take their inputs from one tagged parameters cell,
written from the one declaration of the parameters (src/claimcheck/parameters.py)."""
import ast
import json
import subprocess

import nbformat
import pytest

from claimcheck import notebooks
from claimcheck.parameters import PARAMETERS, SEED_ARTICLE, makefile_fragment
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
    assert names == {p.name: p.default for p in PARAMETERS}
    assert names["article"] == SEED_ARTICLE == "seeds/000_e06f6a7d580007d1.txt"


def test_the_lint_names_a_notebook_with_outputs_or_another_parameters_cell(tmp_path):
    notebook = nbformat.read(ROOT / "notebooks" / "02-checks.ipynb", as_version=4)
    notebook.cells[3].outputs = [nbformat.v4.new_output("stream", text="leftover")]
    notebook.cells[3].execution_count = 7
    parameters = notebooks.parameters_cells(notebook)[0]
    notebook.cells[parameters].source += "\nextra = 1"
    path = tmp_path / "02-checks.ipynb"
    nbformat.write(notebook, path)
    found = notebooks.problems(path)
    assert any(line.startswith("notebooks/02-checks.ipynb, cell 4: carries outputs") for line in found), found
    assert any(f"cell {parameters + 1}: the parameters cell differs" in line for line in found), found
    assert notebooks.write_parameters(path) and not any("parameters cell" in line for line in notebooks.problems(path))


def test_make_reads_the_parameters_from_their_declaration(tmp_path):
    """The Makefile's variables and the flags it passes come from parameters.py (build/parameters.mk)."""
    assert 'REFERENCES ?= data/reference' in makefile_fragment()
    shown = subprocess.run(["make", "-s", "--no-print-directory", "help", "AS_OF=2026-01-02"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout
    assert f"ARTICLE={SEED_ARTICLE} CLAIMS= REFERENCES=data/reference AS_OF=2026-01-02 BUILT_AT=" in shown


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_with_defaults_from_the_notebooks_folder(path):
    """An analyst opens a notebook in JupyterLab (working directory: notebooks/) and runs all cells."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name="python3", timeout=120,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                   + str(o.get("data", {}).get("text/html", "")) for c in notebook.cells for o in c.get("outputs", []))
    assert "Error" not in {o.get("output_type") for c in notebook.cells for o in c.get("outputs", [])}
    expected = {"01-claims.ipynb": "28 mentions, 0 not in the register", "02-checks.ipynb": "578.4",
                "03-brief.ipynb": "its own cited source, TrendForce"}[path.name]
    assert expected in text
