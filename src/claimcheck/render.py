"""Executed brief notebook -> self-contained HTML without code -> A4 PDF.

WeasyPrint prints the PDF: it installs from PyPI and needs only Debian's Pango and
fonts, nothing downloaded at build time, and measured here it is the fastest route
that keeps tables and charts intact (1.1 s against 2.6 s for nbconvert's webpdf
with Chromium, and a 872 MB TeX install for xelatex).
"""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import nbformat

from .paths import project_root

# The page around the brief (nbconvert's template, brief.css) sits beside the sections' templates:
# everything about how the brief looks is in templates/brief/.
TEMPLATES = project_root() / "templates"


@cache
def _exporter():
    """One exporter per process: its templates compile once (about half a second), not once per brief."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="brief", extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True, anchor_link_text="",
    )


def warm() -> None:
    """Import the renderers and render a tiny notebook, so that the first brief renders as fast as
    the next: nbconvert compiles its templates and regular expressions on first use (0.6-0.8 s).
    Called while the kernel boots or runs a stage, when this process would otherwise wait."""
    import weasyprint  # noqa: F401

    from nbformat import v4
    table = {"text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "1"}
    to_html(v4.new_notebook(cells=[v4.new_markdown_cell("# Warm-up\n\n*a* `b`"),
                                   v4.new_code_cell(outputs=[v4.new_output("display_data", data=table)])]),
            "warm-up")


def to_html(notebook: nbformat.NotebookNode, title: str) -> str:
    exporter = _exporter()
    notebook.metadata["title"] = title  # the template escapes it
    # The brief shows what the cells display; logs and warnings stay in the executed notebook.
    # Cells left with nothing to show go (the parameters cells among them: papermill gives the
    # injected one a random id, which would make the same inputs give different bytes).
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if o.output_type != "stream"]
    notebook.cells = [c for c in notebook.cells if c.cell_type != "code" or c.outputs]
    resources = {"brief_css": (TEMPLATES / "brief" / "brief.css").read_text(encoding="utf-8")}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return body


def to_pdf(html: str, target: Path) -> None:
    # WeasyPrint and fontTools log every font subset at INFO/WARNING; the user needs none of it.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from weasyprint import HTML

    HTML(string=html, base_url=str(target.parent)).write_pdf(target)
