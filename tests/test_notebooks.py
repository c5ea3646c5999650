"""Notebooks are committed without outputs and take their inputs from one tagged parameters cell,
written from the one declaration of the parameters (src/claimcheck/parameters.py)."""
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

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
def test_runs_with_defaults_from_the_notebooks_folder_and_shows_the_builds_tables(path, built_seed):
    """An analyst opens a notebook in JupyterLab (working directory: notebooks/) and runs all cells: it runs
    without an error and shows the same tables as the build's executed copy of it."""
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name="python3", timeout=120,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    assert "error" not in {o.output_type for c in notebook.cells for o in c.get("outputs", [])}
    built = nbformat.read(built_seed / path.name, as_version=4)
    assert _tables(notebook) == _tables(built) and len(_tables(notebook)) >= {"01": 2, "02": 2, "03": 4}[path.name[:2]]


def _tables(notebook) -> list[str]:
    """Every table a notebook shows (DataFrames; the brief's tables), by the committed cell that shows it; the
    brief's title block and record of the run are left out, as they name the build's time, code and parameters."""
    return [output.data["text/html"] for cell in notebook.cells if "injected-parameters" not in cell.metadata.get("tags", [])
            for output in cell.get("outputs", []) if "<table" in output.get("data", {}).get("text/html", "")
            and "title-block" not in output.data["text/html"] and "Parameters of this run" not in output.data["text/html"]]


def test_make_lab_opens_the_notebooks_with_the_projects_kernel():
    """The notebooks name the kernel python3; in the project's environment (JupyterLab's, `make lab`) that is
    the environment's own Python, which imports this checkout's package."""
    from jupyter_client.kernelspec import KernelSpecManager

    names = {json.loads(p.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"] for p in NOTEBOOKS}
    assert names == {"python3"}
    command = KernelSpecManager().get_kernel_spec("python3").argv
    # "python" is the Python that starts the kernel (jupyter_client substitutes sys.executable): the environment's.
    assert command[0] in ("python", sys.executable) and command[1:3] == ["-m", "ipykernel_launcher"], command
    # As `make lab` starts it: PYTHONPATH names this checkout's src/; the environment brings the rest.
    found = subprocess.run([sys.executable, "-c", "import claimcheck, pandas, ipykernel; print(claimcheck.__file__)"],
                           env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, capture_output=True, text=True,
                           check=True).stdout
    assert Path(found.strip()).is_relative_to(ROOT / "src")
