"""The committed notebooks as an analyst opens them: no outputs, one parameters cell written from parameters.py.

`make lint` runs `python -m claimcheck notebooks --check` (one line per problem, naming the
notebook and the cell); `make parameters` runs `--write-parameters` after parameters.py changed.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

from .parameters import parameters_cell
from .paths import project_root

PARAMETERS_TAG = "parameters"


def stage_paths(root: Path | None = None) -> list[Path]:
    return sorted(((root or project_root()) / "notebooks").glob("*.ipynb"))


def parameters_cells(notebook) -> list[int]:
    return [i for i, cell in enumerate(notebook.cells) if PARAMETERS_TAG in cell.metadata.get("tags", [])]


def problems(path: Path) -> list[str]:
    """What keeps a notebook from being committed as it is, one line each."""
    notebook = nbformat.read(path, as_version=4)
    name = f"notebooks/{path.name}"
    found = [f"{name}, cell {i + 1}: carries outputs or an execution count; clear them before committing "
             f"(JupyterLab: Edit > Clear Outputs of All Cells)"
             for i, cell in enumerate(notebook.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    tagged = parameters_cells(notebook)
    if len(tagged) != 1:
        found.append(f"{name}: {len(tagged)} cells tagged '{PARAMETERS_TAG}', expected exactly one")
    elif notebook.cells[tagged[0]].source != parameters_cell():
        found.append(f"{name}, cell {tagged[0] + 1}: the parameters cell differs from src/claimcheck/parameters.py; "
                     f"declare parameters there and run `make parameters`")
    return found


def write_parameters(path: Path) -> bool:
    """Rewrite the notebook's parameters cell from parameters.py; whether anything changed."""
    notebook = nbformat.read(path, as_version=4)
    tagged = parameters_cells(notebook)
    if len(tagged) != 1 or notebook.cells[tagged[0]].source == parameters_cell():
        return False
    notebook.cells[tagged[0]].source = parameters_cell()
    nbformat.write(notebook, path)
    return True
