"""The brief's charts: data first, drawing second, and a cache keyed on the data.

Each chart is computed from the run as plain data; the SVG drawn from it is cached
under reports/.cache/charts/ by a hash of that data and of this file, so a rebuild
whose charts did not change neither imports matplotlib nor draws anything.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import os
import re
import tempfile
from collections import Counter
from pathlib import Path

from .checks.model import metric_key, period_key
from .checks.verdict import CONSISTENT, INCONSISTENT, SYMBOLS, TENSION, UNVERIFIABLE, VERDICTS
from .fmt import unit_suffix
from .paths import project_root

_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def svg(kind: str, data: dict) -> str:
    key = hashlib.sha256(json.dumps([kind, data, _CODE], sort_keys=True).encode()).hexdigest()[:32]
    cache = project_root() / "reports" / ".cache" / "charts"
    path = cache / f"{kind}-{key}.svg"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    drawn = {"series": _draw_series, "overview": _draw_overview}[kind](data)
    cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache, suffix=".tmp")  # parallel builds never see half a file
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(drawn)
    os.replace(temporary, path)
    return drawn


def _year(period: str) -> int | None:
    found = re.match(r"^(\d{4})\b", period or "")
    return int(found.group(1)) if found else None


def series_data(run) -> dict | None:
    """The main money series: article figures with intervals, implied figures, other sources by year."""
    levels = [c for c in run.claims if c.is_claim and c.interval is not None and c.kind in ("level", "forecast")
              and c.canonical_unit and c.canonical_unit.is_money and _year(c.period)]
    if not levels:
        return None
    key = Counter(metric_key(c.metric) for c in levels).most_common(1)[0][0]
    levels = sorted((c for c in levels if metric_key(c.metric) == key), key=lambda c: c.start)
    currency, entity = levels[0].canonical_unit.key, levels[0].entity.lower()
    by_id = {c.id: c for c in levels}
    implied = [k for k in run.checks if k.kind == "prior level" and k.claims[0] in by_id]
    years = {_year(c.period) for c in levels} | {_year(c.period) - 1 for c in levels}
    scope_ids = {link.id for c in levels for link in c.references if link.other_scope}
    refs = [r for r in run.references if r.interval is not None and r.use != "derived" and r.canonical_unit.key == currency
            and _year(r.period) is not None and min(years) - 1 <= _year(r.period) <= max(years)
            and ((metric_key(r.metric) == key and r.entity.lower() == entity) or r.id in scope_ids)]
    if not refs:
        return None
    return {
        "metric": levels[0].metric, "entity": levels[0].entity, "unit": unit_suffix(levels[0].unit_label).strip(),
        "levels": [[c.id, _year(c.period), c.interval.low, c.interval.high] for c in levels],
        "implied": [[_year(by_id[k.claims[0]].period) - 1, k.implied.low, k.implied.high] for k in implied],
        "references": [[r.id, _year(r.period), r.number,
                        "later" if not r.known_by(run.as_of) else
                        "other" if (r.id in scope_ids or period_key(r.period)[1] or metric_key(r.metric) != key) else "same"]
                       for r in sorted(refs, key=lambda r: (r.number, r.id))],
    }


def overview_data(run) -> dict:
    counts = Counter((c.kind, c.verdict) for c in run.checks)
    return {"families": sorted({c.kind for c in run.checks}),
            "counts": [[family, verdict, n] for (family, verdict), n in sorted(counts.items())]}


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    # The CJK fallback font has no bold face; matplotlib's notice about it is not for the reader.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.rcParams.update({
        "svg.hashsalt": "claimcheck", "svg.fonttype": "none",
        "font.family": ["DejaVu Sans", "WenQuanYi Micro Hei"], "font.size": 9,
        "axes.spines.top": False, "axes.spines.right": False,
    })
    import matplotlib.pyplot as plt
    return plt


def _to_svg(fig) -> str:
    """Vector SVG without a timestamp or random ids, so the same data gives the same bytes."""
    import matplotlib.pyplot as plt
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _draw_series(data: dict) -> str:
    plt = _pyplot()
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    top = 1.2 * max([low for _, _, low, _ in data["levels"]] + [value for _, _, value, _ in data["references"]]
                    + [high for _, _, high in data["implied"] if math.isfinite(high)])
    fig, ax = plt.subplots(figsize=(7.2, 4.0))
    for i, (cid, year, low, high) in enumerate(data["levels"]):
        x = year - 0.32 + 0.07 * (i % 4)
        ax.plot([x, x], [low, min(high, top)], color="#1b1b1b", linewidth=4.5, solid_capstyle="butt")
        if high > top:
            ax.plot([x], [top], marker="^", color="#1b1b1b", markersize=6)
        ax.annotate(cid, (x, low), textcoords="offset points", xytext=(0, -9 - 7 * (i % 2)), fontsize=6.5, ha="center")
    for year, low, high in data["implied"]:
        ax.bar(year - 0.3, high - low, bottom=low, width=0.14, color="white", edgecolor="#1b1b1b", hatch="////",
               linewidth=1)
    per_year: Counter = Counter()
    for rid, year, value, category in data["references"]:
        x = year + 0.02 + 0.075 * (per_year[year] % 6)
        per_year[year] += 1
        face = {"other": "white", "later": "#999999"}.get(category, "#1b1b1b")
        ax.plot([x], [min(value, top)], marker="D" if category == "later" else "o", markersize=5.5, linestyle="none",
                markerfacecolor=face, markeredgecolor="#1b1b1b")
        label = rid[1:].lstrip("0") if re.fullmatch(r"R\d+", rid) else rid
        ax.annotate(label, (x, min(value, top)), textcoords="offset points", xytext=(0, 5 + 6 * (per_year[year] % 2)),
                    fontsize=5.5, ha="center", color="#333333")
    years = {y for _, y, _, _ in data["levels"]} | {y for y, _, _ in data["implied"]} | {y for _, y, _, _ in data["references"]}
    ax.set_xticks(sorted(years))
    ax.set_xlim(min(years) - 0.5, max(years) + 0.55)
    ax.set_ylim(0, top)
    ax.set_ylabel(data["unit"])
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    handles = [Line2D([], [], color="#1b1b1b", linewidth=4.5, label="article figure: its interval (▲ open upwards)"),
               Patch(facecolor="white", edgecolor="#1b1b1b", hatch="////", label="implied by the article for the year before"),
               Line2D([], [], marker="o", color="#1b1b1b", linestyle="none", label="other source, same measure"),
               Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#1b1b1b", linestyle="none",
                      label="other source, other scope or definition"),
               Line2D([], [], marker="D", markerfacecolor="#999999", markeredgecolor="#1b1b1b", linestyle="none",
                      label="published after the article")]
    ax.legend(handles=handles, loc="upper left", fontsize=7, frameon=False)
    return _to_svg(fig)


def _draw_overview(data: dict) -> str:
    """Checks by family and verdict, hatched so the verdicts read in greyscale."""
    plt = _pyplot()
    families = data["families"]
    counts = {(family, verdict): n for family, verdict, n in data["counts"]}
    fills = {CONSISTENT: "#d9ead3", TENSION: "#fde9a9", INCONSISTENT: "#f4b6b6", UNVERIFIABLE: "#e6e6e6"}
    hatches = {CONSISTENT: "", TENSION: "\\\\", INCONSISTENT: "xx", UNVERIFIABLE: "//"}
    fig, ax = plt.subplots(figsize=(7.2, 0.42 * len(families) + 1.0))
    left = [0] * len(families)
    for verdict in VERDICTS:
        widths = [counts.get((f, verdict), 0) for f in families]
        bars = ax.barh(families, widths, left=left, color=fills[verdict], hatch=hatches[verdict], edgecolor="#333333",
                       linewidth=0.8, label=f"{SYMBOLS[verdict]} {verdict}")
        for bar, width in zip(bars, widths):
            if width:
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2, str(width),
                        ha="center", va="center", fontsize=8, fontweight="bold",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
        left = [a + b for a, b in zip(left, widths)]
    ax.invert_yaxis()
    ax.set_xlabel("checks")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right", fontsize=7.5, frameon=False, ncol=4, bbox_to_anchor=(1.0, 1.0))
    return _to_svg(fig)
