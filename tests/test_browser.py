"""A real browser opens the brief offline: no console error, no request leaves, the content is there."""
import pytest

from claimcheck.bench import CHROMIUM, CHROMIUM_ARGS
from conftest import ROOT

pytestmark = pytest.mark.slow


def open_in_chromium(html_path, screenshot=None):
    from playwright.sync_api import sync_playwright
    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(html_path.as_uri())
        result = {
            "findings": page.locator("ol.findings li").count(),
            "annotated": page.locator(".article-text mark").count(),
            "code": page.locator(".jp-CodeCell:not(.jp-mod-noInput), .jp-InputPrompt, .highlight").count(),
            "title": page.title(),
            "pwned": page.evaluate("() => window.__pwned === true"),
            "text": page.inner_text("body"),
        }
        if screenshot:
            page.screenshot(path=str(screenshot), full_page=True)
        browser.close()
    result["errors"], result["outside"] = errors, [u for u in requests if not u.startswith(("file:", "data:"))]
    return result


def test_brief_opens_offline_in_chromium(built_seed):
    screenshot = ROOT / "reports" / "screenshots" / "brief.png"
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    seen = open_in_chromium(built_seed / "brief.html", screenshot)
    assert seen["errors"] == [] and seen["outside"] == []
    assert seen["findings"] >= 3 and seen["annotated"] >= 15 and seen["code"] == 0
    assert seen["title"].startswith("China’s Core AI Industry")
    assert screenshot.stat().st_size > 10_000
