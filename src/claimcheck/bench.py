"""`make bench`: how fast is the loop an analyst lives in? Prints a table, writes reports/bench.json.

Everything runs in a throwaway copy of the project with this environment, and is
compared with a floor measured in the same run: one Python process that executes a
small notebook with a table and a chart, exports HTML without code and prints the
PDF with WeasyPrint (the least any notebook-to-PDF build can do on this machine).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

from .paths import project_root

PROJECT_PARTS = ("seeds", "data", "notebooks", "templates", "src", "pyproject.toml", "Makefile", "scripts")
SEED_STEM = "000_e06f6a7d580007d1"
# A corpus article of ordinary length (about 1,500 characters, 20 figures) timed as a new article with no register.
DRAFT_ARTICLE = "cnstats-greenpost-20150719-h1-foreign-trade"
BATCH_PAIRS = 5
PREVIEW_EDITS = 9
# Debian's Chromium, headless, making no request of its own (the browser tests use the same).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

# The floor avoids what the build avoids (jsonschema's RFC 3987 grammar, see build.py), so the
# ratio compares like with like.
FLOOR_SCRIPT = textwrap.dedent('''
    import logging, sys
    sys.modules.setdefault("rfc3987_syntax", None)
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter
    from weasyprint import HTML
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    cells = [
        "import pandas as pd\\nimport matplotlib\\nmatplotlib.use('Agg')\\nimport matplotlib.pyplot as plt",
        "df = pd.DataFrame({'year': range(2015, 2030), 'value': [x * 1.2 for x in range(15)]})\\ndf",
        "fig, ax = plt.subplots()\\nax.plot(df.year, df.value)\\nplt.show()",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, kernel_name="python3").execute()
    html, _ = HTMLExporter(template_name="lab", exclude_input=True).from_notebook_node(nb)
    HTML(string=html).write_pdf(sys.argv[1])
''')


# A fixed amount of pure interpreter work (about 2 s), to read how much of a second core this
# shared machine gives right now: on a quiet 2-core machine two copies take as long as one.
SPIN_SCRIPT = "total = 0\nfor i in range(25_000_000):\n    total += i * i % 7\n"


def machine_two_core_speedup() -> float:
    """2 x (one copy's time) / (two copies' time, run at once): 2.0 when the second core is a whole one.
    One copy runs before and after the two, so a drift during the measurement cancels out."""
    command = [sys.executable, "-c", SPIN_SCRIPT]

    def seconds(copies: int) -> float:
        started = time.perf_counter()
        for copy in [subprocess.Popen(command) for _ in range(copies)]:
            copy.wait()
        return time.perf_counter() - started

    before, both, after = seconds(1), seconds(2), seconds(1)
    return (before + after) / both


# What the ECB's exchange rates cost: a fresh process checks the seed (whose conversion the CFETS
# central parity in its references decides, so it must not read the rates), then reads them as a
# build whose conversion needs them does, once per process (the driver, and the kernel).
RATES_SCRIPT = textwrap.dedent('''
    import datetime as dt, json, sys, time
    from claimcheck import exchange_rates, pipeline
    pipeline.prepare(sys.argv[1])
    seed_reads_rates = exchange_rates.is_loaded()
    started = time.perf_counter()
    exchange_rates.cross_rates("INR", "USD", dt.date(2024, 6, 7), dt.date(2024, 6, 14))
    print(json.dumps({"seed_reads_rates": seed_reads_rates, "load_s": time.perf_counter() - started}))
''')


# The environment's set-up steps (Makefile): a copy that shares the project's .venv must never redo them, or
# `pip install -e .` from the copy would point the shared environment at the copy's sources.
_STAMPS = (".stamp-base", ".stamp-test", ".stamp-lint", ".stamp-lab", ".stamp-debs-report", ".stamp-debs-test")


def make_in_copy(venv: Path) -> list[str]:
    """`make` for a throwaway copy of the project that uses this environment as it is."""
    return ["make", f"VENV={venv}", *(arg for stamp in _STAMPS for arg in ("-o", str(venv / stamp)))]


def copy_project(target: Path, root: Path | None = None) -> Path:
    """A throwaway copy of the project (no .venv, no reports), keeping file times so make sees it as built."""
    root = root or project_root()
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = root / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, target / part)
    return target


def _timed(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, str]:
    """Wall time and stderr."""
    started = time.perf_counter()
    process = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{process.stderr}")
    return elapsed, process.stderr


def _peak_rss(command: list[str], cwd: Path, env: dict | None = None) -> int:
    """Peak resident memory of the whole process tree, sampled 20 times a second. Kept out of the
    timed runs: the sampling takes about 5 % of a core, which a build using both cores pays."""
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]
    sampler = threading.Thread(target=_sample_tree_rss, args=(process, peak), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    sampler.join(timeout=1)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr}")
    return peak[0]


def _sample_tree_rss(process: subprocess.Popen, peak: list[int]) -> None:
    while process.poll() is None:
        total = 0
        for pid in _tree(process.pid):
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except OSError:
                continue
        peak[0] = max(peak[0], total)
        time.sleep(0.05)


def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                queue += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return pids


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def measure_floor(runs: int = 3) -> float:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "floor.py"
        script.write_text(FLOOR_SCRIPT)
        return _median([_timed([sys.executable, str(script), str(Path(folder) / "floor.pdf")], Path(folder))[0]
                        for _ in range(runs)])


def measure_exchange_rates(project: Path, env: dict | None = None, runs: int = 5) -> dict:
    """The median time a process takes to read the rates and give one, and whether the seed's checks read them."""
    found = [json.loads(subprocess.run([sys.executable, "-c", RATES_SCRIPT, f"seeds/{SEED_STEM}.txt"], cwd=project,
                                       env=env, capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
    return {"rates_load_s": _median([f["load_s"] for f in found]),
            "seed_reads_rates": any(f["seed_reads_rates"] for f in found)}


# The moment the page on screen first painted (first contentful paint), in ms since the epoch.
SHOWN_AT = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const loaded = performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd;
  return performance.timeOrigin + (paint ? paint.startTime : loaded);
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def preview_running(project: Path, env: dict | None = None, article: str = f"seeds/{SEED_STEM}.txt"):
    """`claimcheck preview` in the project until the block ends, then Ctrl-C: yields the process, its URL and
    the lines it printed so far (a list that grows); the first render is done when the block starts."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", "preview", article, "--port", str(port)],
                               cwd=project, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not any(line.startswith(("preview: rendered", "error:")) for line in lines):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the preview did not start:\n" + "".join(lines))
            time.sleep(0.05)
        yield process, f"http://127.0.0.1:{port}/", lines
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in its terminal sends
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                # said, not hidden: the timings stand, but a preview deaf to Ctrl-C is a bug to look into
                print("bench: the preview did not stop within 60 s of Ctrl-C; killed", file=sys.stderr)
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        reader.join(timeout=5)


def measure_preview(project: Path, env: dict | None = None, edits: int = PREVIEW_EDITS) -> list[float]:
    """Seconds from saving the register to headless Chromium showing the edit, with `make preview`'s server
    and page: each edit appends a word to a claim's source chain, which the claims table shows."""
    from playwright.sync_api import sync_playwright

    register = project / "data" / "claims" / f"{SEED_STEM}.csv"
    original = register.read_text(encoding="utf-8")
    seconds = []
    try:
        with preview_running(project, env) as (_, url, _), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url)
            for n in range(edits):
                edited = "\n".join(line.replace(" > Sputnik,", f" > Sputnik (edit {n}),", 1) if line.startswith("C05,")
                                   else line for line in original.split("\n"))
                register.write_text(edited, encoding="utf-8")
                saved = time.time()
                page.get_by_text(f"Sputnik (edit {n})").first.wait_for(timeout=30_000)
                # When the reloaded page first painted, by the browser's clock (the machine's, as time.time's):
                # Playwright notices the text only on its next poll, up to a few hundred ms later.
                seconds.append(round(page.evaluate(SHOWN_AT) / 1000 - saved, 3))
                time.sleep(0.5)  # an analyst's saves are seconds apart, never within one render
            browser.close()
    finally:
        register.write_text(original, encoding="utf-8")
    return seconds


def measure_engine(n: int = 10_000) -> float:
    from .checks.engine import run_checks
    article, claims, references = synthetic_case(n)
    started = time.perf_counter()
    checks = run_checks(article, claims, references, article.published)
    elapsed = time.perf_counter() - started
    assert len(checks) >= n // 2, len(checks)
    return round(elapsed, 3)


def measure_index(n: int = 100, runs: int = 5) -> float:
    """Writing the desk's index (reports/index.html and index.csv) for n articles that each have a brief:
    the median of `runs` writes. The briefs' rows are the seed's under n names, each with its article
    and register on disk (the index reads both, to say whether they changed since the build)."""
    import hashlib

    from . import desk, pipeline

    root = project_root()
    run = pipeline.prepare(f"seeds/{SEED_STEM}.txt")
    seed_text = (root / "seeds" / f"{SEED_STEM}.txt").read_text(encoding="utf-8")
    headline = seed_text.splitlines()[2]
    register = (root / "data" / "claims" / f"{SEED_STEM}.csv").read_bytes()
    with tempfile.TemporaryDirectory(prefix="claimcheck-index-") as folder:
        desk_root = Path(folder)
        template = desk.brief_row(run, desk_root / "no previous brief")
        # Some verdicts moved since the last build, as on a real morning.
        moved = {"moved": [{"check": "K02", "kind": "trend", "from": "consistent", "to": "tension"}],
                 "new": [], "removed": [], "claims_before": "reviewed"}
        for part in ("seeds", "data/claims"):
            (desk_root / part).mkdir(parents=True)
        for i in range(n):
            stem = f"article{i:03d}"
            article = seed_text.replace(headline, f"Article {i}: {headline}").encode("utf-8")
            (desk_root / "seeds" / f"{stem}.txt").write_bytes(article)
            (desk_root / "data" / "claims" / f"{stem}.csv").write_bytes(register)
            brief = desk_root / "reports" / stem
            brief.mkdir(parents=True)
            row = {**template, "article": stem, "headline": f"Article {i}: {headline}",
                   "register": f"data/claims/{stem}.csv", "article_sha256": hashlib.sha256(article).hexdigest(),
                   "counts": {**template["counts"], "inconsistent": i % 3}, "changes": moved if i % 4 else None}
            (brief / desk.ROW_FILE).write_text(json.dumps(row), encoding="utf-8")
            for name in ("brief.html", "brief.pdf"):
                (brief / name).write_bytes(b"")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            desk.write_index(desk_root)
            times.append(time.perf_counter() - started)
        listed = (desk_root / "reports" / "index.csv").read_text(encoding="utf-8").count("\narticle")
        assert listed == n and "out of date" not in (desk_root / "reports" / "index.html").read_text(encoding="utf-8")
    return _median(times)


def synthetic_case(n: int):
    """n claims (a level, its growth and next year's forecast per measure) and n references."""
    from .article import Article
    from .intervals import Interval
    from .printed import parse_printed
    from .references import Reference
    from .register import Claim
    from .rules import interval_for
    from .units import canonical

    article = Article(Path("synthetic.txt"), "synthetic", dt.date(2025, 12, 16), "https://example.com/s",
                      "Synthetic", "Synthetic body.", "0" * 64)
    claims, references = [], []
    kinds = [("level", "CNY", "billion", "900", "over", "2024"), ("growth", "percent", "", "24", "exact", "2024"),
             ("forecast", "CNY", "billion", "1200", "over", "2025")]
    for i in range(n):
        kind, unit, scale, value, qualifier, period = kinds[i % 3]
        measure = f"measure {i // 3}"
        interval, rule = interval_for(parse_printed(value), qualifier, scale)
        canon = canonical(unit, scale)
        claims.append(Claim(id=f"C{i}", row=i + 2, quote=value, value=value, unit=unit, scale=scale, period=period,
                            entity="China", metric=measure, kind=kind, qualifier=qualifier, source="Institute",
                            chain="", links=[], references=[], trend="", note="", start=0, section="body",
                            printed=parse_printed(value), canonical_unit=canon,
                            interval=interval.scaled(float(canon.factor)), interval_rule=rule))
        ref_period, ref_value = ("2023", "578.4") if i % 2 else ("2024", "950")
        references.append(Reference(
            id=f"R{i}", row=i + 2, metric=f"measure {i // 2 % (n // 3 + 1)}", entity="China",
            period=ref_period, value=ref_value, unit="CNY", unit_text="bn CNY", qualifier="exact",
            source_org="Office", published=dt.date(2025, 6, 1), url="https://example.com", date_read=dt.date(2026, 1, 1),
            use="observation", note="", canonical_unit=canonical("CNY", "billion"),
            interval=Interval(float(ref_value) - 0.05, float(ref_value) + 0.05)))
    return article, claims, references


def synthetic_article(numbers: int) -> str:
    """An article of about `numbers` numbers in plain news sentences (20,000 make 470 KB): levels, growth
    rates, shares, conversions, quarters and years, as a long wire compilation would have them."""
    templates = [
        ("Company {i} said revenue rose {a} percent to {b} billion yuan in 2024 from {c} billion yuan a year "
         "earlier.", 5),
        ("The unit shipped {d} devices in the third quarter, accounting for {a} percent of the total.", 3),
        ("Exports reached ${b} billion, about {c} billion yuan, on Monday.", 3),
        ("Profit fell {a}% to {d} million dollars in 2023.", 3),
    ]
    sentences, count, i = [], 0, 0
    while count < numbers:
        template, mentions = templates[i % len(templates)]
        sentences.append(template.format(i=i, a=round(1 + (i * 7.3) % 39, 1), b=round(10 + (i * 13.7) % 890, 1),
                                         c=round(10 + (i * 17.9) % 890, 1), d=100 + (i * 37) % 8900))
        sentences.append("\n" if i % 6 == 5 else "")
        count, i = count + mentions, i + 1
    return " date 2025-12-16 https://example.com/big\n\nBig Numbers Article\n\n" + " ".join(sentences) + "\n"


def synthetic_register(rows: int) -> tuple[str, str]:
    """An article and a register of `rows` rows for it: an item's price (a claim) and its number (dismissed)."""
    items = (rows + 1) // 2
    article = (" date 2025-12-16 https://example.com/items\n\nItem Prices\n\n"
               + "".join(f"Item {n} cost {n % 997}.5 yuan.{chr(10) if n % 20 == 19 else ' '}" for n in range(items)) + "\n")
    lines = ["id,quote,value,unit,scale,period,entity,metric,kind,qualifier,source,chain,low,high,links,references,trend,note"]
    for n in range(items):
        lines.append(f"P{n},Item {n} cost {n % 997}.5 yuan,{n % 997}.5,CNY,,2025,Shop,price of item {n},level,exact,"
                     f"Shop,,,,,,,")
        lines.append(f"N{n},Item {n} cost,{n},count,,,,,dismissed,,,,,,,,,an item number")
    return article, "\n".join(lines[:rows + 1]) + "\n"


def measure_large_inputs() -> dict:
    """The issue's two large inputs, each in a process of its own so its peak memory is its own:
    the 20,000-number article drafted (numbers found, register drafted, coverage) and checked, timed
    apart, and a 50,000-row register validated."""
    script = textwrap.dedent('''
        import json, resource, sys, tempfile, time
        from pathlib import Path
        from claimcheck import bench
        from claimcheck.article import read_article
        from claimcheck.checks.engine import run_checks
        from claimcheck.coverage import uncovered
        from claimcheck.draft import draft_register
        from claimcheck.extract import find_mentions
        from claimcheck.register import load_register
        folder = Path(tempfile.mkdtemp())
        if sys.argv[1] == "article":
            path = folder / "bench-20000-numbers.txt"
            path.write_text(bench.synthetic_article(20_000), encoding="utf-8")
            article = read_article(path)
            started = time.perf_counter()
            mentions = find_mentions(article.text)
            claims = draft_register(article, mentions)
            uncovered(mentions, claims)
            drafted = time.perf_counter()
            checks = run_checks(article, claims, [], article.published)
            size = {"bytes": path.stat().st_size, "mentions": len(mentions), "claims": len(claims),
                    "checks": len(checks), "draft_s": round(drafted - started, 2),
                    "checks_s": round(time.perf_counter() - drafted, 2)}
        else:
            text, register = bench.synthetic_register(50_000)
            (folder / "items.txt").write_text(text, encoding="utf-8")
            (folder / "items.csv").write_text(register, encoding="utf-8")
            started = time.perf_counter()
            claims = load_register(folder / "items.csv", read_article(folder / "items.txt"))
            size = {"rows": len(claims)}
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({"s": round(elapsed, 2), "peak_mb": round(peak / 2**20), **size}))
    ''')
    results = {}
    for kind in ("article", "register"):
        process = subprocess.run([sys.executable, "-c", script, kind], capture_output=True, text=True, check=True)
        results[kind] = json.loads(process.stdout)
    return results


def run(root: Path) -> dict:
    venv = Path(sys.executable).parents[1]
    results: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                 "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}}
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as folder:
        project = copy_project(Path(folder) / "project", root)
        make = make_in_copy(venv)
        env = {**os.environ, "PYTHONPATH": str(project / "src")}
        print("first build (not timed) ...", file=sys.stderr)
        _timed(make + ["report"], project, env)
        article = project / "seeds" / f"{SEED_STEM}.txt"
        register = project / "data" / "claims" / f"{SEED_STEM}.csv"

        print("exchange rates: read when a conversion needs them, x5 ...", file=sys.stderr)
        results.update(measure_exchange_rates(project, env))

        print("no-op make report x5 ...", file=sys.stderr)
        results["noop_s"] = _median([_timed(make + ["report"], project, env)[0] for _ in range(5)])

        # The floor and the warm rebuild alternate, so a machine that speeds up or slows down
        # during the run (as shared ones do) moves both alike and the ratio stays honest.
        print("floor and warm full rebuild, alternating x5 ...", file=sys.stderr)
        floors, warm = [], []
        for _ in range(5):
            floors.append(measure_floor(runs=1))
            os.utime(article)
            warm.append(_timed(make + ["report"], project, env)[0])
        results["floor_s"] = _median(floors)
        results["warm_rebuild_s"] = _median(warm)

        # A new article with no register: drafted, checked and rendered, against the same floor.
        print("draft-mode brief of a new article and floor, alternating x3 ...", file=sys.stderr)
        new_article = project / "seeds" / "draftmode.txt"
        shutil.copy(root / "tests" / "corpus" / f"{DRAFT_ARTICLE}.txt", new_article)
        draft_make = make + ["report", "ARTICLE=seeds/draftmode.txt"]
        _timed(draft_make, project, env)
        draft_floors, drafted = [], []
        for _ in range(3):
            draft_floors.append(measure_floor(runs=1))
            os.utime(new_article)
            drafted.append(_timed(draft_make, project, env)[0])
        new_article.unlink()
        shutil.rmtree(project / "reports" / "draftmode", ignore_errors=True)
        results["draft_brief_s"] = _median(drafted)
        results["draft_floor_s"] = _median(draft_floors)

        print("peak memory of a full rebuild x3 ...", file=sys.stderr)
        peaks = []
        for _ in range(3):
            os.utime(article)
            peaks.append(_peak_rss(make + ["report"], project, env))
        results["peak_rss_mb"] = round(max(peaks) / 2**20)

        print("rebuild after editing one claim x3 ...", file=sys.stderr)
        edits, stages = [], set()
        original = register.read_text(encoding="utf-8")
        for n in range(3):
            register.write_text(original.replace("Growth of the 2024 level over 2023.",
                                                 f"Growth of the 2024 level over 2023 (edit {n})."), encoding="utf-8")
            elapsed, stderr = _timed(make + ["report"], project, env)
            edits.append(elapsed)
            stages |= {line.split(":")[1].split("(")[0].strip() for line in stderr.splitlines()
                       if line.startswith("  ") and ".ipynb" in line}
        register.write_text(original, encoding="utf-8")
        results["edit_one_claim_s"] = _median(edits)
        results["edit_one_claim_stages"] = sorted(stages)

        print(f"8 articles with make reports -j1 and -j2, {BATCH_PAIRS} pairs ...", file=sys.stderr)
        seed_text = article.read_text(encoding="utf-8")
        headline = seed_text.splitlines()[2]
        for n in range(1, 8):
            (project / "seeds" / f"variant{n}.txt").write_text(
                seed_text.replace(headline, f"Variant {n}: {headline}"), encoding="utf-8")
            shutil.copy(register, project / "data" / "claims" / f"variant{n}.csv")
        # Pairs of -j1 and -j2 back to back, the speed-up taken within each pair: one pair alone
        # swings by a fifth on this shared machine. Before each pair, how much a second core gives
        # a plain CPU-bound program right now: the ceiling that pair's speed-up is measured against.
        pairs, ceilings = [], []
        for _ in range(BATCH_PAIRS):
            ceilings.append(machine_two_core_speedup())
            pair = {}
            for jobs in (1, 2):
                shutil.rmtree(project / "reports", ignore_errors=True)
                pair[jobs] = round(_timed(make + [f"-j{jobs}", "reports"], project, env)[0], 3)
            pairs.append(pair)
        results["batch8_j1_s"] = _median([p[1] for p in pairs])
        results["batch8_j2_s"] = _median([p[2] for p in pairs])
        results["batch8_pairs_s"] = [[p[1], p[2]] for p in pairs]
        results["machine_two_core_speedups"] = [round(c, 2) for c in ceilings]
        batch_speedup = _median([p[1] / p[2] for p in pairs])

        print("make eval -j2: every corpus article built in draft mode and scored ...", file=sys.stderr)
        shutil.copytree(root / "tests" / "corpus", project / "tests" / "corpus")
        results["eval_j2_s"] = round(_timed(make + ["-j2", "eval"], project, env)[0], 1)
        results["eval_articles"] = len(list((project / "tests" / "corpus").glob("*.txt")))
        # (the target is for a corpus of 30 articles, issue 14's; the corpus has grown past it)
        results["eval_j2_per_30_s"] = round(results["eval_j2_s"] * 30 / max(1, results["eval_articles"]), 1)

        print(f"make preview: saving the register until Chromium shows the edit, x{PREVIEW_EDITS} ...", file=sys.stderr)
        results["preview_edits_s"] = measure_preview(project, env)
        results["preview_edit_s"] = _median(results["preview_edits_s"])

    print("checks engine: 10,000 claims against 10,000 references ...", file=sys.stderr)
    results["engine_10k_s"] = measure_engine()
    print("a 20,000-number article drafted and checked; a 50,000-row register validated ...", file=sys.stderr)
    large = measure_large_inputs()
    results["article_20k_numbers_s"] = large["article"]["s"]  # drafted and checked
    results["article_20k_draft_s"] = large["article"]["draft_s"]
    results["article_20k_checks_s"] = large["article"]["checks_s"]
    results["article_20k_numbers"] = large["article"]
    results["register_50k_rows_s"] = large["register"]["s"]
    results["register_50k_rows_peak_mb"] = large["register"]["peak_mb"]
    print("the desk's index for 100 articles x5 ...", file=sys.stderr)
    results["index_100_s"] = measure_index()
    results["ratios"] = {
        "warm_over_floor": round(results["warm_rebuild_s"] / results["floor_s"], 2),
        "draft_over_floor": round(results["draft_brief_s"] / results["draft_floor_s"], 2),
        "batch_speedup_j2": round(batch_speedup, 2),
        "machine_two_core_speedup": round(statistics.median(ceilings), 2),
    }
    results["targets"] = {
        "noop_s <= 0.3": results["noop_s"] <= 0.3,
        "warm_over_floor <= 1.5": results["ratios"]["warm_over_floor"] <= 1.5,
        "draft_over_floor <= 1.25": results["ratios"]["draft_over_floor"] <= 1.25,
        "eval_j2_per_30_s <= 90": results["eval_j2_per_30_s"] <= 90,
        "batch_speedup_j2 >= 1.7": results["ratios"]["batch_speedup_j2"] >= 1.7,
        "engine_10k_s < 2": results["engine_10k_s"] < 2,
        "index_100_s <= 0.2": results["index_100_s"] <= 0.2,
        "peak_rss_mb < 400": results["peak_rss_mb"] < 400,
        "preview_edit_s <= 1": results["preview_edit_s"] <= 1,
        "rates_load_s <= 0.1": results["rates_load_s"] <= 0.1,
        "a build needing no rate reads none": not results["seed_reads_rates"],
        "article_20k_numbers_s <= 10": results["article_20k_numbers_s"] <= 10,
        "register_50k_rows_s <= 5": results["register_50k_rows_s"] <= 5,
        "register_50k_rows_peak_mb <= 1024": results["register_50k_rows_peak_mb"] <= 1024,
    }
    return results


def main() -> int:
    root = project_root()
    results = run(root)
    out = root / "reports" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\n{'measure':<28}{'value':>10}")
    for key in ("floor_s", "noop_s", "warm_rebuild_s", "draft_brief_s", "eval_j2_s", "eval_articles", "eval_j2_per_30_s",
                "edit_one_claim_s", "preview_edit_s",
                "batch8_j1_s", "batch8_j2_s",
                "engine_10k_s", "index_100_s", "peak_rss_mb", "rates_load_s", "seed_reads_rates",
                "article_20k_numbers_s", "article_20k_draft_s", "article_20k_checks_s", "register_50k_rows_s", "register_50k_rows_peak_mb"):
        print(f"{key:<28}{str(results[key]):>10}")
    print(f"{'stages run after a claim edit':<28} {', '.join(results['edit_one_claim_stages'])}")
    print(f"{'-j2 speed-up (median pair)':<28}{results['ratios']['batch_speedup_j2']:>10}  "
          f"pairs {results['batch8_pairs_s']}")
    print(f"{'second core, CPU-bound test':<28}{results['ratios']['machine_two_core_speedup']:>10}  "
          f"per pair {results['machine_two_core_speedups']}")
    for target, met in results["targets"].items():
        print(f"{'met' if met else 'MISSED':>6}  {target}")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
