"""The files a run leaves for tools and reviewers (design note §5): claims.csv, checks.csv.

Units are explicit in every row ("CNY bn", "percent", "pp"); interval bounds are
written with enough digits to recompute a verdict, infinite ends as inf/-inf.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from .pipeline import Run
from .safetext import spreadsheet_safe

CLAIM_COLUMNS = ["id", "quote", "value", "unit", "scale", "low", "high", "interval_unit", "interval_rule", "period",
                 "entity", "metric", "kind", "qualifier", "source", "chain", "section", "links", "references",
                 "trend", "note"]
CHECK_COLUMNS = ["check", "kind", "claims", "references", "implied_low", "implied_high", "implied_unit",
                 "stated_low", "stated_high", "stated_unit", "verdict", "gap", "gap_unit", "gap_percent",
                 "explanation", "later_references", "later_information"]
BOUND_COLUMNS = ["low", "high", "implied_low", "implied_high", "stated_low", "stated_high", "gap", "gap_percent"]


def _bound(x: float | None) -> str:
    if x is None:
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.10g}"


def claims_frame(run: Run) -> pd.DataFrame:
    rows = []
    for c in run.claims:
        rows.append({
            "id": c.id, "quote": c.quote, "value": c.value, "unit": c.unit, "scale": c.scale,
            "low": _bound(c.interval.low if c.interval else None),
            "high": _bound(c.interval.high if c.interval else None),
            "interval_unit": c.unit_label if c.interval else "", "interval_rule": c.interval_rule,
            "period": c.period, "entity": c.entity, "metric": c.metric, "kind": c.kind, "qualifier": c.qualifier,
            "source": c.source, "chain": c.chain, "section": c.section, "links": ";".join(c.links),
            "references": ";".join(r.id for r in c.references), "trend": c.trend, "note": c.note,
        })
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS, dtype=str)


def checks_frame(run: Run) -> pd.DataFrame:
    rows = []
    for k in run.checks:
        rows.append({
            "check": k.id, "kind": k.kind, "claims": ";".join(k.claims), "references": ";".join(k.references),
            "implied_low": _bound(k.implied.low if k.implied else None),
            "implied_high": _bound(k.implied.high if k.implied else None), "implied_unit": k.implied_unit if k.implied else "",
            "stated_low": _bound(k.stated.low if k.stated else None),
            "stated_high": _bound(k.stated.high if k.stated else None), "stated_unit": k.stated_unit if k.stated else "",
            "verdict": k.verdict, "gap": _bound(k.gap),
            "gap_unit": ("pp" if k.implied_unit == "percent" else k.implied_unit) if k.gap is not None else "",
            "gap_percent": f"{k.gap_percent:.1f}" if k.gap_percent is not None else "",
            "explanation": k.explanation, "later_references": ";".join(k.later_references),
            "later_information": k.later_information,
        })
    return pd.DataFrame(rows, columns=CHECK_COLUMNS, dtype=str)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Text cells as a spreadsheet cannot run them (safetext.spreadsheet_safe); the bounds are numbers we
    wrote, inf and -inf among them, and stay as they are."""
    safe = frame.copy()
    for column in safe.columns.difference(BOUND_COLUMNS):
        safe[column] = safe[column].map(spreadsheet_safe)
    safe.to_csv(path, index=False, lineterminator="\n")
