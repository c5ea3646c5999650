"""The package's own source: rules live in module-level constants and functions, so one bound twice in a module
silently replaces the first rule with the second for every caller, including those written above it (a variable
that holds state, lower-case, may be rebound)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "claimcheck"


def _bound_at_module_level(tree: ast.Module) -> Counter:
    names = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper())
    return names


@pytest.mark.parametrize("module", sorted(SOURCE.rglob("*.py")), ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_module_level_name_is_bound_twice(module):
    bound = _bound_at_module_level(ast.parse(module.read_text(encoding="utf-8")))
    assert not [name for name, times in bound.items() if times > 1]
