"""The build's parameters, declared once; everything else is written from this list or checked against it.

- the driver validates what it is given against it (build.validate_parameters);
- each notebook's tagged `parameters` cell is written from it (`make parameters`), and `make lint`
  fails when a notebook's cell says anything else;
- the Makefile's variables and their defaults (ARTICLE, CLAIMS, REFERENCES, AS_OF, BUILT_AT), the
  flags it passes to the driver and the record of them it compares with a brief's (build.RECORDED)
  come from build/parameters.mk, which make writes from this
  file whenever it changes (`python3 src/claimcheck/parameters.py make`).

Standard library only: make runs this file with the system Python before the environment exists.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str      # path, date, text; "build" for the ones the build fills in, never set by a user
    default: str   # every parameter is a string, as in the notebooks' parameters cells
    meaning: str   # the comment beside it in the parameters cell

    @property
    def variable(self) -> str:
        """The make variable that sets it: ARTICLE=, AS_OF=."""
        return self.name.upper()


SEED_ARTICLE = "seeds/000_e06f6a7d580007d1.txt"
PARAMETERS = (
    Parameter("article", "path", SEED_ARTICLE, "an article in seeds/"),
    Parameter("claims", "path", "", "empty: data/claims/<article name>.csv, or an automatic draft when there is none"),
    Parameter("references", "path", "data/reference", "a reference table, or a folder of them"),
    Parameter("as_of", "date", "", "empty: the article's publication date"),
    Parameter("built_at", "text", "", "empty: SOURCE_DATE_EPOCH, else the brief shows no build time"),
    Parameter("output_dir", "build", "", "empty: show results only; a build passes its staging folder to write into"),
    Parameter("code_version", "build", "", "filled in by the build: the commit the code comes from"),
)
BY_NAME = {p.name: p for p in PARAMETERS}
# What a user may set (make variables, -p name=value); the others the build sets itself.
USER_PARAMETERS = tuple(p for p in PARAMETERS if p.kind != "build")

CELL_HEADER = ("# Parameters: papermill replaces these values; the defaults build the seed article.\n"
               "# Declared in src/claimcheck/parameters.py; `make parameters` rewrites this cell from there.\n")


def parameters_cell() -> str:
    """The source of every notebook's tagged parameters cell: literal defaults, one per line."""
    lines = [f"{p.name} = {_python_string(p.default)}  # {p.meaning}" for p in PARAMETERS]
    return CELL_HEADER + "\n".join(lines)


def _python_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def makefile_fragment() -> str:
    """Make's view of the parameters. Values reach recipes as environment variables, never as shell
    text, so backticks or $(...) in a value stay characters."""
    settable = [p for p in USER_PARAMETERS if p.name != "article"]  # the article is the build's argument
    lines = ["# Written by make from src/claimcheck/parameters.py (the one declaration); do not edit."]
    lines += [f"{p.variable} ?= {p.default}".rstrip() for p in USER_PARAMETERS]
    lines.append(f"export {' '.join(p.variable for p in USER_PARAMETERS)}")
    lines.append("BUILD_PARAMS = " + " ".join(f'-p "{p.name}=$${p.variable}"' for p in settable))
    lines.append("PARAMETER_RECORD = " + " ".join(f"{p.name}=$({p.variable})" for p in settable))
    lines.append("PARAMETER_HELP = " + " ".join(f"{p.variable}=$${p.variable}" for p in USER_PARAMETERS))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] != ["make"]:
        sys.exit("usage: python3 src/claimcheck/parameters.py make  (prints the Makefile's parameter variables)")
    sys.stdout.write(makefile_fragment())
