"""`make preview`: one article's brief, served on 127.0.0.1 and rendered again whenever an input is saved.

One kernel stays warm for the whole session; a save of the article, the register, a reference
table, the analyst's note, a notebook or a template runs the brief's stage (03-brief) in it and
renders the HTML, nothing else (no PDF, no stages 1 and 2: `make report` does those), and the
open page reloads itself, told by a server-sent event. An input the build would refuse, or a
failed stage, shows as a banner on top of the last good brief, and as one line in the terminal.
Python code is imported once: after changing src/, restart the preview.

Nothing is written under reports/: the page is held in memory, the executed notebook in a
temporary folder that, like the kernel, is gone when Ctrl-C stops the preview.
"""
from __future__ import annotations

import html
import shutil
import sys
import tempfile
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from . import build, pipeline, render
from .article import read_article
from .errors import InputError
from .notes import note_path
from .paths import default_register, project_root, resolve

HOST = "127.0.0.1"  # never another interface: the brief may hold unpublished work
POLL_SECONDS = 0.02
# An editor may save in steps (truncate, then write): a change is rendered once the files have stayed
# the same this long, so a half-written register does not flash an error.
SETTLE_SECONDS = 0.02

# Added to the page served, never to brief.html: reload when the server has a newer page than this one.
RELOAD_SCRIPT = """<script>
(function () {
  // The page keeps its place across reloads. Restored here rather than by the browser, which would shift it by the
  // height of an error banner that appeared above (scroll anchoring) and hide the top of the brief under it.
  var shown = "%(version)s", key = "claimcheck-preview-scroll";
  history.scrollRestoration = "manual";
  if (sessionStorage.getItem(key) !== null) { window.scrollTo(0, +sessionStorage.getItem(key)); sessionStorage.removeItem(key); }
  var events = new EventSource("/events");
  events.addEventListener("version", function (event) {
    if (event.data !== shown) { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); }
  });
})();
</script>"""
ERROR_BANNER = ('<div id="preview-error" role="alert" style="position:sticky;top:0;z-index:10;margin:0 0 1rem;'
                'padding:0.6rem 0.9rem;background:#fdecea;border:2px solid #b3261e;color:#5f1410;'
                'font:0.9rem/1.4 \'DejaVu Sans\',sans-serif;white-space:pre-wrap">'
                '<b>The brief could not be rendered</b> (%(when)s): %(message)s'
                '<br><small>%(beneath)s</small></div>')
EMPTY_PAGE = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>claimcheck preview</title></head><body></body></html>"


class Page:
    """The page served: the last good brief, the current error if any, and a version the browser compares."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.version = 0
        self.brief = ""
        self.error = ""
        self.error_at = ""

    def show(self, brief: str | None = None, error: str = "") -> None:
        with self.changed:
            if brief is not None:
                self.brief = brief
            self.error, self.error_at = error, time.strftime("%H:%M:%S") if error else ""
            self.version += 1
            self.changed.notify_all()

    def wait_past(self, version: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.version != version, timeout=timeout)
            return self.version

    def html(self) -> str:
        with self.changed:
            brief, error, version, when = self.brief, self.error, self.version, self.error_at
        page = brief or EMPTY_PAGE
        if error:
            beneath = ("Beneath it, the last brief that rendered; save a fix and the page reloads." if brief else
                       "No brief has rendered yet; save a fix and the page reloads.")
            banner = ERROR_BANNER % {"when": when, "message": html.escape(error), "beneath": beneath}
            page = _after_body_tag(page, banner)
        script = RELOAD_SCRIPT % {"version": version}
        at = page.rfind("</body>")
        return page[:at] + script + page[at:] if at >= 0 else page + script


def _after_body_tag(page: str, insert: str) -> str:
    start = page.find("<body")
    end = page.find(">", start) + 1 if start >= 0 else 0
    return page[:end] + insert + page[end:]


def _handler(page: Page):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802  (the name http.server calls)
            if self.path.split("?")[0] in ("/", "/index.html", "/brief.html"):
                body = page.html().encode("utf-8")
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/events":
                self._events()
            else:
                self.send_error(HTTPStatus.NOT_FOUND, "the preview serves the brief at /")

        def _events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            version = page.version
            try:
                self.wfile.write(f"retry: 300\nevent: version\ndata: {version}\n\n".encode())
                self.wfile.flush()
                while True:
                    newer = page.wait_past(version, timeout=15)
                    # A comment line every 15 s keeps the connection open through idle periods.
                    self.wfile.write(f"event: version\ndata: {newer}\n\n".encode() if newer != version else b": idle\n\n")
                    self.wfile.flush()
                    version = newer
            except (BrokenPipeError, ConnectionResetError):
                return  # the page reloaded or closed

        def log_message(self, format: str, *args) -> None:
            """Requests are not news; the terminal shows renders and errors."""

    return Handler


def watched_files(root: Path, params: dict[str, str]) -> list[Path]:
    """Every file whose change re-renders the brief: its inputs, the notebooks and the templates."""
    article = resolve(params["article"], root)
    references = resolve(params["references"], root)
    files = [article, resolve(params["claims"], root) if params["claims"] else default_register(article, root),
             note_path(article, root)]
    files += sorted(references.glob("*.csv")) if references.is_dir() else [references]
    files += sorted((root / "notebooks").glob("*.ipynb"))
    files += sorted(p for p in (root / "templates").rglob("*") if p.is_file())
    return files


def snapshot(files: list[Path]) -> dict[Path, tuple[int, int] | None]:
    """Each file's modification time and size, or None when it does not exist (a note not yet written)."""
    found = {}
    for path in files:
        try:
            stat = path.stat()
            found[path] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            found[path] = None
    return found


class Preview:
    def __init__(self, params: dict[str, str], root: Path):
        self.root = root
        self.params = params
        self.page = Page()
        self.workdir: Path | None = None
        self.session: build.KernelSession | None = None
        # The commit is read once: the preview runs the code it started with.
        self.notebook_params = {**params, "output_dir": "", "code_version": build.code_version(root)}

    def render(self) -> None:
        """The brief's stage in the warm kernel, then the HTML. Only when the stage fails are the inputs
        validated here, so that a bad input is reported in the build's own one line, not as the cell it broke."""
        started = time.perf_counter()
        try:
            executed = self.session.run(build.BRIEF_STAGE, self.workdir, self.notebook_params)
        except build.BuildFailed as failure:
            try:
                pipeline.prepare(self.params["article"], self.params["claims"], self.params["references"],
                                 self.params["as_of"])
                self._failed(str(failure))
            except InputError as problem:
                self._failed(problem.one_line())
            if not self.session.alive():  # killed, or out of memory: the next save gets a new kernel
                self.session.restart()
            return
        headline = read_article(resolve(self.params["article"], self.root)).headline
        self.page.show(brief=render.to_html(executed, headline))
        _say(f"preview: rendered in {time.perf_counter() - started:.2f} s")

    def _failed(self, line: str) -> None:
        self.page.show(error=line)
        _say(f"error: {line}" + ("; the page keeps the last good brief beneath it" if self.page.brief else ""))

    def watch(self) -> None:
        """Render whenever a watched file changes, until Ctrl-C."""
        seen = snapshot(watched_files(self.root, self.params))
        while True:
            build._stop_if_interrupted()
            time.sleep(POLL_SECONDS)
            now = snapshot(watched_files(self.root, self.params))
            if now == seen:
                continue
            while True:  # until the saving is over
                time.sleep(SETTLE_SECONDS)
                settled = snapshot(watched_files(self.root, self.params))
                if settled == now:
                    break
                now = settled
            changed = sorted(str(p.relative_to(self.root)) for p in set(now) | set(seen) if now.get(p) != seen.get(p))
            _say(f"preview: {', '.join(changed)} changed")
            seen = now
            self.render()


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def serve(parameters: dict[str, object], port: int) -> int:
    root = project_root()
    params = build.validate_parameters(parameters, root)
    preview = Preview(params, root)
    try:
        server = ThreadingHTTPServer((HOST, port), _handler(preview.page))
    except OSError as err:
        raise InputError(None, f"cannot listen on {HOST}:{port}: {err.strerror}", where="PORT",
                         fix=f"pass a free port, e.g. make preview PORT={port + 1}") from None
    server.daemon_threads = True  # an open event stream never holds up the stop
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    build._catch_stop_signals()
    try:
        preview.workdir = Path(tempfile.mkdtemp(prefix="claimcheck-preview-"))
        with build.KernelSession(root) as session:
            preview.session = session
            render.warm()  # while the kernel boots
            serving.start()
            _say(f"preview: http://{HOST}:{port}/ shows {Path(params['article']).name}, rendered again when the "
                 f"article, register, references, note, notebooks or templates change; Ctrl-C stops")
            preview.render()
            preview.watch()
    except KeyboardInterrupt:
        _say("preview stopped")
    finally:
        if serving.is_alive():
            server.shutdown()
        server.server_close()
        if preview.workdir is not None:
            shutil.rmtree(preview.workdir, ignore_errors=True)
    return 0
