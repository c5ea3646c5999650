"""Build one article's brief: validate, execute the notebooks, render, publish atomically.

Everything runs in this one process plus one kernel shared by the notebook stages:
starting a kernel and importing pandas and matplotlib once instead of once per
stage is most of the difference between a build of seconds and one of tens.
Outputs are written to a staging folder beside the target and swapped in only when
every step succeeded, so a failed build leaves the last good brief untouched.
"""
from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import InputError, ParameterError
from .paths import project_root, resolve

# jsonschema, which nbformat loads, builds an RFC 3987 grammar at import (about 1.8 s) when the
# package rfc3987-syntax is installed, as JupyterLab's dependencies install it; the URI format
# check it enables is never used to validate a notebook. Mark it unavailable in this process
# (jsonschema imports it under suppress(ImportError)).
sys.modules.setdefault("rfc3987_syntax", None)

STAGES = ("01-claims.ipynb", "02-checks.ipynb", "03-brief.ipynb")
BRIEF_STAGE = "03-brief.ipynb"
# What the stages import, loaded by the kernel while it waits for the first one (see KernelSession).
KERNEL_PRELOAD = ("import importlib as _importlib\n"
                  "for _module in ('pandas', 'IPython.display', 'claimcheck.brief', 'claimcheck.coverage',\n"
                  "                'claimcheck.outputs', 'claimcheck.pipeline'):\n"
                  "    _importlib.import_module(_module)\n"
                  "del _importlib, _module\n")
# name -> (kind, default); every parameter is a string, as in the notebooks' parameters cells.
PARAMETERS = {
    "article": ("path", ""),               # seeds/<name>.txt
    "claims": ("path", ""),                # empty: data/claims/<name>.csv, or a draft when there is none
    "references": ("path", "data/reference"),  # a reference table or a folder of them
    "as_of": ("date", ""),                 # references published later are "later information"; empty: article date
    "built_at": ("text", ""),              # build time shown in the brief; empty: SOURCE_DATE_EPOCH, else none
}


# Ctrl-C raises KeyboardInterrupt wherever Python happens to be, and some places swallow it (an
# exception raised in a finalizer is only printed). Remember it and check after every step, so an
# interrupt always stops the build before anything is published or another article starts.
_interrupted = False


def _on_ctrl_c(signum, frame) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def _stop_if_interrupted() -> None:
    if _interrupted:
        raise KeyboardInterrupt


def _catch_ctrl_c() -> None:
    # A job started in the background with Ctrl-C ignored keeps ignoring it.
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _on_ctrl_c)
        sys.unraisablehook = _quiet_interrupts


def _quiet_interrupts(unraisable) -> None:
    """The interrupt that lands in a finalizer is handled by the checks above: no traceback for it."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


class BuildFailed(Exception):
    """A notebook stage failed: where, and the error it raised."""


def validate_parameters(values: dict[str, object], root: Path) -> dict[str, str]:
    """Check names, types and paths before any kernel starts."""
    unknown = sorted(set(values) - set(PARAMETERS))
    if unknown:
        raise ParameterError(None, f"unknown parameter {unknown[0]!r}", where="parameters",
                             fix=f"known parameters: {', '.join(PARAMETERS)}")
    clean = {}
    for name, (kind, default) in PARAMETERS.items():
        value = values.get(name, default)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ParameterError(None, f"parameter {name} must be text, got {type(value).__name__} {value!r}",
                                 where=f"parameter {name}", fix="pass it as a string")
        value = value.strip()
        if kind == "path" and value:
            path = resolve(value, root).resolve()
            if not path.is_relative_to(root.resolve()):
                raise ParameterError(path, f"{name} is outside the project ({root})", where=f"parameter {name}",
                                     fix="copy the file into the project (articles go in seeds/) and pass that path")
        if kind == "date" and value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ParameterError(None, f"parameter {name} {value!r} is not a date", where=f"parameter {name}",
                                     fix="write it as YYYY-MM-DD") from None
        clean[name] = value or default
    if not clean["article"]:
        raise ParameterError(None, "no article given", where="parameter article", fix="pass ARTICLE=seeds/<name>.txt")
    return clean


def code_version(root: Path) -> str:
    """The commit the code comes from, with '+changes' when the tree differs from it."""
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"], capture_output=True,
                                text=True, timeout=5, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--", "src",
                                "notebooks"], capture_output=True, text=True, timeout=5).stdout.strip()
        return commit + ("+changes" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(parameters: dict[str, object], out: str = "", session: "KernelSession | None" = None) -> Path:
    """Build one brief. With a session (a batch), the stages run in sequence in its kernel; alone, the
    brief's stage runs first and is rendered while the kernel runs the others."""
    root = project_root()
    params = validate_parameters(parameters, root)
    started = time.perf_counter()
    _catch_ctrl_c()

    # Validate every input (article, register, references) before a kernel starts.
    from . import pipeline
    run = pipeline.prepare(params["article"], params["claims"], params["references"], params["as_of"])
    stem = run.article.stem
    target = resolve(out, root) if out else root / "reports" / stem
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{stem}.building.", dir=target.parent))
    # From here on an interrupt removes the staging folder, even one landing in the line that names it.
    try:
        mode = "draft register" if run.draft else f"{sum(c.is_claim for c in run.claims)} claims"
        _progress(f"{stem}: {mode}, {len(run.checks)} checks; building in {staging.name}")
        for notice in run.notices:  # register inputs no check could use: named, never silently dropped
            _progress(f"{stem}: note: {notice}")
        notebook_params = {**params, "output_dir": str(staging), "code_version": code_version(root)}
        if session is not None:
            for stage in STAGES:
                executed = session.run(stage, staging, notebook_params)
            _render(run, executed, staging)
        else:
            from . import render

            with KernelSession(root) as own, ThreadPoolExecutor(max_workers=1) as pool:
                # The brief's stage first: it recomputes everything it shows from the inputs, so it can be
                # rendered on this core while the kernel runs the other stages on the other one. While
                # the kernel boots and runs it, this process readies the renderers.
                brief_stage = pool.submit(own.run, BRIEF_STAGE, staging, notebook_params)
                render.warm()
                executed = brief_stage.result()
                others = pool.submit(own.run_all, [s for s in STAGES if s != BRIEF_STAGE], staging, notebook_params)
                _render(run, executed, staging)
                others.result()  # a failed stage fails the build: nothing is published
        _stop_if_interrupted()
        _publish(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _progress(f"{stem}: done in {time.perf_counter() - started:.1f} s -> {target.relative_to(root) if target.is_relative_to(root) else target}")
    return target


def _render(run, executed, staging: Path) -> None:
    from . import render
    t = time.perf_counter()
    html = render.to_html(executed, run.article.headline)
    (staging / "brief.html").write_text(html, encoding="utf-8")
    _stop_if_interrupted()
    t_html = time.perf_counter()
    render.to_pdf(html, staging / "brief.pdf")
    _progress(f"{run.article.stem}: rendered brief.html ({t_html - t:.1f} s) and brief.pdf "
              f"({time.perf_counter() - t_html:.1f} s)")


class KernelSession:
    """One kernel for all stages: started once, each stage run by papermill in a clean namespace."""

    def __init__(self, root: Path):
        self.root = root
        self.sockets = self.km = self.kc = None
        self._preload = None  # the kernel's first request, which the first stage waits for

    def __enter__(self) -> "KernelSession":
        try:
            self._start()
        except BaseException:  # Ctrl-C while starting, say: no kernel or socket folder left behind
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        # Local socket files, not TCP ports, in a folder of this build's own: builds running in
        # parallel would otherwise pick the same socket names.
        self.sockets = Path(tempfile.mkdtemp(prefix="claimcheck-kernel-"))
        self.km = _one_client_kernel_manager()(kernel_name="python3", transport="ipc", ip=str(self.sockets / "k"))
        self.km.start_kernel(cwd=str(self.root), env={**os.environ, "PYTHONPATH": _pythonpath(self.root)})
        self.kc = self.km.client()
        self.kc.start_channels()
        # The kernel imports what the stages need while this process imports papermill and readies
        # the renderers (render.warm): two cores, instead of the first stage importing pandas after
        # the driver is done. The request queues until the kernel is up; it binds no names (each
        # stage starts from a clean namespace). The first stage waits for its answer.
        self._preload = self.kc.execute(KERNEL_PRELOAD, silent=True, store_history=False)
        # Here, not in the thread that may run the first stage: two threads importing the same
        # package at once can see it half-initialised.
        import papermill  # noqa: F401

    def __exit__(self, *exc) -> None:
        """Also after a start cut short: undoes whatever part of it happened."""
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.has_kernel:
            self.km.shutdown_kernel(now=True)
        if self.sockets is not None:
            shutil.rmtree(self.sockets, ignore_errors=True)

    def _await_reply(self, msg_id: str) -> None:
        """Wait for the kernel to finish a request of ours; a failed preload shows up in the stage that needs it."""
        while self.kc.get_shell_msg(timeout=120)["parent_header"].get("msg_id") != msg_id:
            pass
        self.kc.ready = True  # it answered, over channels connected long enough for its messages to reach us

    def run(self, stage: str, staging: Path, params: dict[str, str]):
        import papermill
        from papermill.exceptions import PapermillExecutionError

        if self._preload:
            self._await_reply(self._preload)
            self._preload = None
        t = time.perf_counter()
        try:
            executed = papermill.execute_notebook(
                str(self.root / "notebooks" / stage), str(staging / stage), parameters=params, km=self.km,
                progress_bar=False, cwd=str(self.root), kernel_name="python3",
                request_save_on_cell_execute=False)  # write the notebook once, not after every cell
        except PapermillExecutionError as err:
            raise BuildFailed(f"notebooks/{stage}, cell {err.exec_count}: {err.ename}: {err.evalue}") from err
        # Each stage starts from a clean namespace, as it would in JupyterLab; imports stay cached.
        self._await_reply(self.kc.execute("%reset -f", silent=True, store_history=False))
        _stop_if_interrupted()
        _progress(f"  {Path(params['article']).stem}: {stage} ({time.perf_counter() - t:.1f} s)")
        return executed

    def run_all(self, stages: list[str], staging: Path, params: dict[str, str]) -> None:
        for stage in stages:
            self.run(stage, staging, params)


@functools.cache
def _one_client_kernel_manager():
    """A kernel manager whose clients are one client that stays connected and, once the kernel has
    answered it, counts as ready. Papermill makes a client per stage, and making one ready always
    waits 0.2 s for stray messages: 0.6 s of idling per brief."""
    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.manager import KernelManager

    class StayingClient(BlockingKernelClient):
        ready = False

        def start_channels(self, *args, **kwargs) -> None:
            if not self.channels_running:
                super().start_channels(*args, **kwargs)

        def wait_for_ready(self, timeout: float | None = None) -> None:
            if not self.ready:
                super().wait_for_ready(timeout=timeout)
                self.ready = True

    class OneClientKernelManager(KernelManager):
        def client(self, **kwargs) -> StayingClient:
            if getattr(self, "_one_client", None) is None:
                self._one_client = StayingClient(**{**self.get_connection_info(session=True),
                                                    "connection_file": self.connection_file, "parent": self})
            return self._one_client

    return OneClientKernelManager


def _pythonpath(root: Path) -> str:
    """The kernel imports this checkout's package, whatever is installed elsewhere."""
    existing = os.environ.get("PYTHONPATH", "")
    return os.pathsep.join(p for p in (str(root / "src"), existing) if p)


def _publish(staging: Path, target: Path) -> None:
    """Swap the finished folder in; the old one is removed only after the new one is in place."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        os.replace(target, old / target.name)
    os.replace(staging, target)
    os.chmod(target, 0o755)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def stale(root: Path, article: Path) -> bool:
    """Whether make would rebuild this brief: the Makefile's pattern rule is the one list of what a
    brief depends on. Anything make cannot answer (a name with spaces, say) counts as out of date."""
    # make's job-server flags refer to pipes this process does not pass on; the variables stay.
    flags = [w for w in os.environ.get("MAKEFLAGS", "").split() if not w.startswith(("-j", "--jobserver"))]
    try:
        result = subprocess.run(["make", "-q", f"reports/{article.stem}/brief.pdf"], cwd=root, capture_output=True,
                                env={**os.environ, "MAKEFLAGS": " ".join(flags)})
    except OSError:  # no make on this machine: build it
        return True
    return result.returncode != 0


def build_many(articles: list[str], jobs: int = 1) -> int:
    """Build every out-of-date article: `jobs` workers, each one process and one kernel for its share.

    Reusing the process and kernel saves the start-up and imports of every build after the first,
    about 2 s each, more than overlapping a brief's rendering with its stages saves. Workers take
    the next article from a shared queue, so one that drew long articles, or a core the machine
    slowed down, does not leave the other idle at the end."""
    root = project_root()
    _catch_ctrl_c()
    todo = [a for a in articles if stale(root, resolve(a, root))]
    if not todo:
        _progress("every brief is up to date")
        return 0
    workers = min(jobs, len(todo))
    if workers == 1:
        return _build_in_turn(root, iter(todo))
    # Forked before anything heavy is imported or any thread or kernel exists, so each worker
    # starts clean and boots its own kernel while it imports the renderers.
    context = multiprocessing.get_context("fork")
    queue = context.SimpleQueue()
    # Longest articles first, so the last ones handed out are short and the workers finish together.
    todo.sort(key=lambda a: resolve(a, root).stat().st_size, reverse=True)
    for article in todo + [None] * workers:
        queue.put(article)
    processes = [context.Process(target=_worker, args=(root, queue)) for _ in range(workers)]
    for process in processes:
        process.start()
    try:
        for process in processes:
            process.join()
    except KeyboardInterrupt:
        for process in processes:  # each worker removes its own staging folder first
            process.join()
        raise
    # A worker that died from a signal has a negative exit code: still a failure.
    return max(code if code >= 0 else 1 for code in (p.exitcode for p in processes))


def _worker(root: Path, queue) -> None:
    try:
        sys.exit(_build_in_turn(root, iter(queue.get, None)))
    except KeyboardInterrupt:
        sys.exit(130)


def _build_in_turn(root: Path, articles) -> int:
    from . import render

    failures = 0
    with KernelSession(root) as session:
        render.warm()  # while the kernel boots
        for article in articles:
            _stop_if_interrupted()
            try:
                build({"article": article}, session=session)
            except (InputError, BuildFailed) as problem:
                failures += 1
                print(f"error: {problem.one_line() if isinstance(problem, InputError) else problem}", file=sys.stderr)
    return 2 if failures else 0
