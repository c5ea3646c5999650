"""`make preview` in headless Chromium: the brief on 127.0.0.1, reloaded on a save, errors over the last good brief,
and Ctrl-C leaving no kernel and no temporary folder."""
import os
import time
from pathlib import Path

import pytest

from claimcheck.bench import CHROMIUM, CHROMIUM_ARGS, measure_preview, preview_running
from conftest import ROOT, SEED_STEM, copy_project
from test_failures import _processes_in

pytestmark = pytest.mark.slow


def test_a_saved_register_reaches_the_open_page(tmp_path):
    project = copy_project(tmp_path / "p")
    seconds = measure_preview(project, {**os.environ, "PYTHONPATH": str(project / "src")}, edits=3)
    # make bench holds the median to 1 s; here only that every edit arrives, on a machine the suite keeps busy.
    assert len(seconds) == 3 and max(seconds) < 10, seconds


def test_errors_show_over_the_last_good_brief_and_ctrl_c_leaves_nothing(tmp_path):
    from playwright.sync_api import sync_playwright

    project = copy_project(tmp_path / "p")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "PYTHONPATH": str(project / "src"), "TMPDIR": str(temporary)}
    register = project / "data" / "claims" / f"{SEED_STEM}.csv"
    good = register.read_text(encoding="utf-8")
    with preview_running(project, env) as (process, url, lines), sync_playwright() as playwright:
        assert _listening_on_loopback_only(int(url.rsplit(":", 1)[1].strip("/")))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems, outside = [], []
        page.on("pageerror", lambda err: problems.append(str(err)))
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(url) else None)
        page.goto(url)
        assert page.locator("ol.findings li").count() >= 3 and page.locator("#preview-error").count() == 0
        page.screenshot(path=str(_screenshot("preview.png")), full_page=False)

        register.write_text(good.replace("C05,up 24 percent year-on-year,24,", "C05,up 24 percent year-on-year,2x4,"),
                            encoding="utf-8")
        banner = page.locator("#preview-error")
        banner.wait_for(timeout=30_000)
        expected = f"data/claims/{SEED_STEM}.csv, row 6 (claim C05), column value: value '2x4' does not occur in its quote"
        assert expected in banner.inner_text()
        assert page.locator("ol.findings li").count() >= 3  # the last good brief, beneath the banner
        _wait_for(lambda: any(line.startswith("error: ") and expected in line for line in lines))
        page.screenshot(path=str(_screenshot("preview-error.png")), full_page=False)

        register.write_text(good, encoding="utf-8")
        page.locator("#preview-error").wait_for(state="detached", timeout=30_000)
        assert problems == [] and outside == [], (problems, outside)
        browser.close()
    assert process.returncode == 0 and any("preview stopped" in line for line in lines), "".join(lines)
    assert not any("Traceback" in line for line in lines), "".join(lines)
    time.sleep(1)  # the kernel's shutdown is asynchronous
    assert list(temporary.iterdir()) == [], "the preview left a temporary folder (its own, or the kernel's sockets)"
    assert not _processes_in(project), "a kernel outlived the preview"
    assert not (project / "reports" / SEED_STEM).exists()  # a preview publishes nothing


def _screenshot(name: str) -> Path:
    folder = ROOT / "reports" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def _wait_for(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _listening_on_loopback_only(port: int) -> bool:
    """The listening sockets on this port, from /proc/net/tcp and tcp6: 127.0.0.1 and nothing else."""
    local = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                local.append(address)
    return local == ["0100007F"]

