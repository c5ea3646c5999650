"""Build one article's brief: validate, execute the notebooks, render, publish atomically.

Everything runs in this one process plus one kernel shared by the notebook stages:
starting a kernel and importing pandas and matplotlib once instead of once per
stage is most of the difference between a build of seconds and one of tens.
Outputs are written to a staging folder beside the target and swapped in only when
every step succeeded, so a failed build leaves the last good brief untouched. The
swap is one atomic rename-exchange, and it only ever replaces a folder that carries
the marker file every published brief has: nothing else under reports/ (or above it)
can be replaced by a build.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import errno
import functools
import logging
import multiprocessing
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import desk
from .errors import InputError, OutputError, ParameterError, WorkspaceError
from .parameters import USER_PARAMETERS
from .paths import STEM_RULE, is_plain_stem, project_root, resolve

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
# Every published brief holds this file: it proves the folder is a brief this tool made (the only kind
# of folder a build replaces), and it records the parameters the brief was built with, in the form
# the Makefile's PARAMETER_RECORD writes them, so make knows a brief built with others is out of date.
MARKER = ".claimcheck-brief"
RECORDED = tuple(p.name for p in USER_PARAMETERS if p.name != "article")
# Control characters (other than tab and line ends) in a parameter would reach the brief raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A Unix socket's path holds at most 107 bytes; the kernel's sockets are named <folder>/k-<port>.
_MAX_SOCKET_PATH = 107


# Ctrl-C (SIGINT) and SIGTERM (what `docker stop` or a cancelled CI job sends) both stop a build:
# KeyboardInterrupt is raised wherever Python happens to be, and some places swallow it (an
# exception raised in a finalizer is only printed). Remember the signal and check after every step,
# so it always stops the build before anything is published or another article starts.
_interrupted = 0  # the signal that asked the build to stop


def _on_stop_signal(signum, frame) -> None:
    global _interrupted
    if _interrupted:
        return  # already stopping: a second signal must not cut the clean-up short
    _interrupted = signum
    raise KeyboardInterrupt


def _stop_if_interrupted() -> None:
    if _interrupted:
        raise KeyboardInterrupt


def stop_signal() -> int:
    """The signal that stopped the build (SIGINT when the interrupt came some other way)."""
    return _interrupted or signal.SIGINT


def _catch_stop_signals() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGINT, signal.SIGTERM):
        # A job started in the background with a signal ignored keeps ignoring it.
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, _on_stop_signal)
    sys.unraisablehook = _quiet_interrupts


def _quiet_interrupts(unraisable) -> None:
    """The interrupt that lands in a finalizer is handled by the checks above: no traceback for it."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


class BuildFailed(Exception):
    """A notebook stage failed: where, and the error it raised; `executed` is the notebook as it ran, with
    papermill's error banner, when there is one to keep."""

    def __init__(self, message: str, executed: Path | None = None):
        super().__init__(message)
        self.executed = executed


def failed_cell(committed: Path, executed_index: int) -> str:
    """A failed cell as the analyst sees it in JupyterLab: its number in the committed notebook (the
    executed one has papermill's injected parameters cell too) and the markdown question it sits under.
    The kernel's execution count says nothing there: the stages share one kernel, so it runs on."""
    import nbformat

    cells = nbformat.read(committed, as_version=4).cells
    position = executed_index - 1 if executed_index > _parameters_cell_index(cells) else executed_index
    headings = [c.source.strip().splitlines()[0].lstrip("# ").strip() for c in cells[:position]
                if c.cell_type == "markdown" and c.source.strip().startswith("#")]
    return f"cell {position + 1}" + (f' (under "{headings[-1]}")' if headings else "")


def _parameters_cell_index(cells) -> int:
    return next((i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])), len(cells))


# Where articles are built from: the desk's articles, and the evaluation corpus (make eval builds those into
# reports/eval/<name>/, so their names never meet a seed's brief).
ARTICLE_FOLDERS = ("seeds", "tests/corpus", "tests/corpus/holdout")


def validate_parameters(values: dict[str, object], root: Path) -> dict[str, str]:
    """Check names, types and paths before any kernel starts."""
    known = [p.name for p in USER_PARAMETERS]
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ParameterError(None, f"unknown parameter {unknown[0]!r}", where="parameters",
                             fix=f"known parameters: {', '.join(known)}")
    if not str(values.get("article") or "").strip():  # the notebooks default to the seed; a build names its article
        raise ParameterError(None, "no article given", where="parameter article", fix="pass ARTICLE=seeds/<name>.txt")
    clean = {}
    for name, kind, default in ((p.name, p.kind, p.default) for p in USER_PARAMETERS):
        value = values.get(name, default)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ParameterError(None, f"parameter {name} must be text, got {type(value).__name__} {value!r}",
                                 where=f"parameter {name}", fix="pass it as a string")
        value = value.strip()
        if _CONTROL.search(value):
            raise ParameterError(None, f"parameter {name} {value!r} contains a control character",
                                 where=f"parameter {name}", fix="remove it")
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
    article = Path(os.path.normpath(resolve(clean["article"], root)))
    if article.parent not in [root / folder for folder in ARTICLE_FOLDERS]:
        # seeds/sub/x.txt would publish as reports/x, the brief of seeds/x.txt
        raise ParameterError(article, "articles are built from seeds/ itself, not from a subfolder or elsewhere",
                             where="parameter article", fix="move the article to seeds/<name>.txt")
    if not is_plain_stem(article.stem):
        raise OutputError(article, f"the name {article.stem!r} cannot name a brief (reports/<name>/, a make target)",
                          fix=f"rename the file: {STEM_RULE}, at most 150 bytes")
    return clean


def parameter_record(params: dict[str, str]) -> str:
    """The parameters a brief depends on, as one line; the Makefile's PARAMETER_RECORD is the same line."""
    return " ".join(f"{name}={params[name]}" for name in RECORDED) + "\n"


def _is_brief(folder: Path) -> bool:
    """A folder this tool published: a real folder (not a link) with the marker file in it."""
    return folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file() and not (folder / MARKER).is_symlink()


def publish_target(out: str, stem: str, root: Path) -> Path:
    """Where a brief goes: reports/<stem>, or the folder --out names, which must be directly under reports/
    with a plain name and, if it exists, be a brief this tool made. Checked before anything is built."""
    reports = root / "reports"
    target = Path(os.path.normpath(resolve(out, root))) if out else reports / stem
    if target.parent not in (reports, reports / "eval") or not is_plain_stem(target.name):
        raise OutputError(out, "a brief is published only into a folder directly under reports/ (or reports/eval/, "
                               "the corpus's briefs) with a plain name", where="--out", fix=f"pass reports/<name> ({STEM_RULE})")
    if os.path.lexists(target) and not _is_brief(target):
        raise OutputError(target, f"exists and is not a brief this tool made (it has no {MARKER} file); "
                                  "it is never replaced", fix="move it out of reports/, or build under another name")
    return target


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
    check_socket_room()
    started = time.perf_counter()
    _catch_stop_signals()

    # Validate every input (article, register, references) before a kernel starts.
    from . import pipeline
    run = pipeline.prepare(params["article"], params["claims"], params["references"], params["as_of"])
    stem = run.article.stem
    target = publish_target(out, stem, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target.parent)
    # The owner's process id in the name tells a later build whether this folder is still in use.
    staging = Path(tempfile.mkdtemp(prefix=f".{stem}.building.{os.getpid()}.", dir=target.parent))
    # From here on an interrupt removes the staging folder, even one landing in the line that names it.
    try:
        mode = "draft register" if run.draft else f"{sum(c.is_claim for c in run.claims)} claims"
        _progress(f"{stem}: {mode}, {len(run.checks)} checks; building in {staging.name}")
        for notice in run.notices:  # register inputs no check could use: named, never silently dropped
            _progress(f"{stem}: note: {notice}")
        (staging / MARKER).write_text(parameter_record(params), encoding="utf-8")
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
        desk.write_row(run, staging, previous=target, built_at=params["built_at"])
        _publish(staging, target)
    except BuildFailed as failure:
        if failure.executed is not None and failure.executed.is_file():
            kept = _keep_failed(failure.executed, target)
            failure.args = (f"{failure}; the notebook as it ran is in {_shown(kept, root)}",)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if not out:  # the desk's index lists the briefs in reports/<name>/, not one published elsewhere
        desk.write_index(root)
    _progress(f"{stem}: done in {time.perf_counter() - started:.1f} s -> {_shown(target, root)}")
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
        self._preloading = True  # until the kernel has answered it: a death then happened while starting

    def __enter__(self) -> "KernelSession":
        try:
            self._start()
        except BaseException:  # Ctrl-C while starting, say: no kernel or socket folder left behind
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        # Local socket files, not TCP ports, in a folder of this build's own: builds running in
        # parallel would otherwise pick the same socket names. The connection file (it holds the
        # kernel's key) goes there too, so removing the folder leaves nothing behind; the owner's
        # process id in its name lets a later build remove it if this process is killed.
        self.sockets = Path(tempfile.mkdtemp(prefix=_socket_folder_name()))
        self.km = _one_client_kernel_manager()(kernel_name="python3", transport="ipc", ip=str(self.sockets / "k"),
                                               connection_file=str(self.sockets / "kernel.json"))
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

        # nbclient logs a dead kernel or a failed cell through papermill's logger, in words of its own;
        # the build says what failed in its one line.
        logging.getLogger("papermill").setLevel(logging.CRITICAL)

    def __exit__(self, *exc) -> None:
        """Also after a start cut short: undoes whatever part of it happened."""
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.has_kernel:
            self.km.shutdown_kernel(now=True)
        if self.sockets is not None:
            shutil.rmtree(self.sockets, ignore_errors=True)

    def alive(self) -> bool:
        return self.km is not None and self.km.is_alive()

    def restart(self) -> None:
        """A new kernel in place of one that died, so a batch goes on with the next article."""
        self.__exit__()
        self.__init__(self.root)
        self.__enter__()

    def _await_reply(self, msg_id: str, stage: str) -> None:
        """Wait for the kernel to finish a request of ours; a failed preload shows up in the stage that needs it.
        A kernel that died (killed, out of memory) is noticed within a second, not after a timeout."""
        while True:
            try:
                if self.kc.get_shell_msg(timeout=1)["parent_header"].get("msg_id") == msg_id:
                    break
            except queue.Empty:
                if not self.alive():
                    doing = "while starting" if self._preloading else "after running it"
                    raise BuildFailed(f"notebooks/{stage}: the kernel died {doing} (killed, or out of memory)") from None
        self.kc.ready = True  # it answered, over channels connected long enough for its messages to reach us
        self._preloading = False

    def run(self, stage: str, staging: Path, params: dict[str, str]):
        import papermill
        from nbclient.exceptions import DeadKernelError
        from papermill.exceptions import PapermillExecutionError

        if self._preload:
            self._await_reply(self._preload, stage)
            self._preload = None
        t = time.perf_counter()
        try:
            executed = papermill.execute_notebook(
                str(self.root / "notebooks" / stage), str(staging / stage), parameters=params, km=self.km,
                progress_bar=False, cwd=str(self.root), kernel_name="python3",
                request_save_on_cell_execute=False)  # write the notebook once, not after every cell
        except PapermillExecutionError as err:
            where = failed_cell(self.root / "notebooks" / stage, err.cell_index)
            raise BuildFailed(f"notebooks/{stage}, {where}: {err.ename}: {err.evalue}", staging / stage) from err
        except DeadKernelError:
            raise BuildFailed(f"notebooks/{stage}: the kernel died while running it (killed, or out of memory)") from None
        # Each stage starts from a clean namespace, as it would in JupyterLab; imports stay cached.
        self._await_reply(self.kc.execute("%reset -f", silent=True, store_history=False), stage)
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
    from jupyter_client.channels import ZMQSocketChannel
    from jupyter_client.manager import KernelManager
    from nbclient.exceptions import DeadKernelError
    from traitlets import Type

    class WatchedChannel(ZMQSocketChannel):
        """A channel whose endless wait ends when the kernel dies. nbclient waits on a blocking client's
        channels without a timeout, so its own liveness check never got to run: a kernel killed during a
        stage hung the build for good."""
        kernel_alive = staticmethod(lambda: True)  # the client sets its manager's check

        def get_msg(self, timeout: float | None = None) -> dict:
            if timeout is not None:
                return super().get_msg(timeout)
            while True:
                try:
                    return super().get_msg(1)
                except queue.Empty:
                    if not self.kernel_alive():
                        raise DeadKernelError("Kernel died") from None

    class StayingClient(BlockingKernelClient):
        ready = False
        shell_channel_class = Type(WatchedChannel)
        iopub_channel_class = Type(WatchedChannel)

        def start_channels(self, *args, **kwargs) -> None:
            # No heartbeat channel: whether the kernel lives is asked of its manager (the process), and a
            # heartbeat thread re-creating its socket after the kernel died printed a traceback.
            if not self.channels_running:
                super().start_channels(*args, **{**kwargs, "hb": False})
                self.shell_channel.kernel_alive = self.iopub_channel.kernel_alive = self.parent.is_alive

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


def _socket_folder_name() -> str:
    return f"claimcheck-kernel-{os.getpid()}-"


def check_socket_room() -> None:
    """The kernel's sockets live in the temporary folder (TMPDIR); a path too long for a socket would fail
    deep in the kernel's start with a traceback. Checked before anything is built."""
    folder = tempfile.gettempdir()
    longest = len(os.fsencode(os.path.join(folder, _socket_folder_name() + "x" * 8, "k-65535")))
    if longest > _MAX_SOCKET_PATH:
        raise WorkspaceError(folder, f"the temporary folder's path is too long for the kernel's sockets "
                                     f"({longest} bytes, at most {_MAX_SOCKET_PATH})",
                             where="TMPDIR", fix="set TMPDIR to a shorter folder, e.g. TMPDIR=/tmp")


def _owner_gone(name: str, separator: str) -> bool:
    """Whether the process whose id a leftover's name carries (…<sep><pid><sep><random>) has ended."""
    try:
        pid = int(name.rsplit(separator, 2)[1])
    except (IndexError, ValueError):
        return False  # not one of ours, or from a version that did not record its owner
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's, alive
    return False


def remove_leftovers(reports: Path) -> None:
    """What a build killed outright (SIGKILL) leaves: its staging folders here, and its socket folder
    (with the kernel's connection file and key) in the temporary folder. Removed once the owner is gone."""
    for folder in reports.glob(".*.building.*"):
        if _owner_gone(folder.name, "."):
            shutil.rmtree(folder, ignore_errors=True)
    for folder in Path(tempfile.gettempdir()).glob("claimcheck-kernel-*"):
        if _owner_gone(folder.name, "-"):
            shutil.rmtree(folder, ignore_errors=True)


RENAME_NOREPLACE, RENAME_EXCHANGE = 1, 2  # renameat2(2) flags
_AT_FDCWD = -100


def _renameat2(source: Path, target: Path, flags: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.renameat2(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(source), None, str(target))


def _keep_failed(executed: Path, target: Path) -> Path:
    """The failed stage's executed notebook, papermill's error banner at its top, goes to <target>/failed/
    (the last failure only); the brief beside it stays the last good one. A successful build publishes
    a new folder, without it."""
    if not target.exists():  # a first build: the folder holds only this, and is a brief's folder all the same
        target.mkdir()
        (target / MARKER).write_text((executed.parent / MARKER).read_text(encoding="utf-8"), encoding="utf-8")
    failed = target / "failed"
    shutil.rmtree(failed, ignore_errors=True)
    failed.mkdir(parents=True)
    return Path(shutil.copy2(executed, failed / executed.name))


def _shown(path: Path, root: Path) -> Path:
    return path.relative_to(root) if path.is_relative_to(root) else path


def _publish(staging: Path, target: Path) -> None:
    """Put the finished folder in place in one step: a reader sees the old brief or the new one, never
    none, and two builds publishing the same brief at once both succeed (the later one wins). The
    folder swapped out comes back under the staging name and is removed with it."""
    os.chmod(staging, 0o755)
    try:
        _renameat2(staging, target, RENAME_NOREPLACE)  # no brief yet
        return
    except FileExistsError:
        pass
    # Proved again here, not only before the build: the folder may have been replaced meanwhile.
    if not _is_brief(target):
        raise OutputError(target, f"exists and is not a brief this tool made (it has no {MARKER} file); "
                                  "it is never replaced", fix="move it out of reports/")
    _renameat2(staging, target, RENAME_EXCHANGE)
    shutil.rmtree(staging, ignore_errors=True)


def stale(root: Path, article: Path) -> bool:
    """Whether make would rebuild this brief: the Makefile's pattern rule is the one list of what a
    brief depends on (its parameters among them). Anything make cannot answer counts as out of date."""
    # make's job-server flags refer to pipes this process does not pass on; the variables stay.
    flags = [w for w in os.environ.get("MAKEFLAGS", "").split() if not w.startswith(("-j", "--jobserver"))]
    try:
        result = subprocess.run(["make", "-q", f"reports/{article.stem}/brief.pdf"], cwd=root, capture_output=True,
                                env={**os.environ, "MAKEFLAGS": " ".join(flags)})
    except OSError:  # no make on this machine: build it
        return True
    return result.returncode != 0


def articles_to_build(arguments: list[str], root: Path) -> tuple[list[str], list[str]]:
    """The articles to build (a folder stands for its *.txt files), and those left out with one line listing
    them: names that cannot name a brief (paths.is_plain_stem), which make would split into several
    targets, or whose backticks or $(...) a shell would run."""
    articles = []
    for argument in arguments:
        path = resolve(argument, root)
        articles += sorted(str(p.relative_to(root)) for p in path.glob("*.txt")) if path.is_dir() else [argument]
    unsafe = [a for a in articles if not is_plain_stem(Path(a).stem)]
    if unsafe:
        print(f"error: seeds/: {len(unsafe)} article file name{'s' if len(unsafe) > 1 else ''} cannot name a brief "
              f"and {'are' if len(unsafe) > 1 else 'is'} not built: {', '.join(repr(Path(a).name) for a in unsafe)}; "
              f"rename {'them' if len(unsafe) > 1 else 'it'} ({STEM_RULE})", file=sys.stderr)
    return [a for a in articles if a not in unsafe], unsafe


def build_many(arguments: list[str], jobs: int = 1, parameters: dict[str, str] | None = None) -> int:
    """Build every out-of-date article: `jobs` workers, each one process and one kernel for its share.

    Reusing the process and kernel saves the start-up and imports of every build after the first,
    about 2 s each, more than overlapping a brief's rendering with its stages saves. Workers take
    the next article from a shared queue, so one that drew long articles, or a core the machine
    slowed down, does not leave the other idle at the end. One article's failure, whatever it is,
    fails that article alone: its line names it, the others are built, and the batch exits non-zero."""
    root = project_root()
    _catch_stop_signals()
    parameters = {name: value for name, value in (parameters or {}).items() if name != "article"}
    if (parameters.get("claims") or "").strip():
        raise ParameterError(None, "CLAIMS names one article's register; a batch reads data/claims/<name>.csv for "
                                   "each article", where="parameter claims", fix="leave CLAIMS empty for make reports")
    # Bad values fail once, before anything runs (the article is a stand-in for the check).
    validate_parameters({**parameters, "article": "seeds/batch.txt"}, root)
    check_socket_room()
    articles, unsafe = articles_to_build(arguments, root)
    failed = 2 if unsafe else 0
    todo = [a for a in articles if stale(root, resolve(a, root))]
    if not todo:
        _progress("every brief is up to date")
        return failed
    workers = min(jobs, len(todo))
    if workers == 1:
        return max(failed, _build_in_turn(root, iter(todo), parameters))
    # Forked before anything heavy is imported or any thread or kernel exists, so each worker
    # starts clean and boots its own kernel while it imports the renderers.
    context = multiprocessing.get_context("fork")
    work = context.SimpleQueue()
    # Longest articles first, so the last ones handed out are short and the workers finish together.
    todo.sort(key=lambda a: resolve(a, root).stat().st_size, reverse=True)
    for article in todo + [None] * workers:
        work.put(article)
    processes = [context.Process(target=_worker, args=(root, work, parameters)) for _ in range(workers)]
    for process in processes:
        process.start()
    try:
        for process in processes:
            process.join()
    except KeyboardInterrupt:
        # Ctrl-C reached the workers too; a SIGTERM was sent to this process alone: pass it on.
        for process in processes:
            if process.is_alive() and stop_signal() == signal.SIGTERM:
                os.kill(process.pid, signal.SIGTERM)
        for process in processes:  # each worker removes its own staging folder first
            process.join()
        raise
    # A worker that died from a signal has a negative exit code: still a failure.
    return max([failed] + [code if code >= 0 else 1 for code in (p.exitcode for p in processes)])


def _worker(root: Path, work, parameters: dict[str, str]) -> None:
    try:
        sys.exit(_build_in_turn(root, iter(work.get, None), parameters))
    except KeyboardInterrupt:
        sys.exit(128 + stop_signal())


def _build_in_turn(root: Path, articles, parameters: dict[str, str]) -> int:
    """Build the articles one after the other in one kernel; the exit code: 0, 2 if only inputs were
    wrong, 1 if anything else failed."""
    from . import render

    worst = 0
    with KernelSession(root) as session:
        render.warm()  # while the kernel boots
        for article in articles:
            _stop_if_interrupted()
            try:
                build({**parameters, "article": article}, session=session)
            except InputError as problem:
                worst = max(worst, 2)
                print(f"error: {Path(article).stem}: {problem.one_line()}", file=sys.stderr)
            except Exception as failure:  # noqa: BLE001  (a bug in one article's build must not stop the batch)
                worst = 1
                line = str(failure) if isinstance(failure, BuildFailed) else one_line_failure(failure)
                print(f"error: {Path(article).stem}: {line}", file=sys.stderr)
                if os.environ.get("VERBOSE", "") not in ("", "0"):
                    import traceback
                    traceback.print_exc()
                if not session.alive():
                    session.restart()
    return worst


def one_line_failure(failure: BaseException) -> str:
    """An unexpected error as one line: a file the system refused, or the exception and its message."""
    if isinstance(failure, OSError) and failure.strerror:
        where = f"{failure.filename}: " if failure.filename else ""
        hint = {errno.ENOSPC: "; free some space", errno.EROFS: "; the folder is on a read-only file system",
                errno.EACCES: "; the folder is not writable"}.get(failure.errno, "")
        return " ".join(f"{where}{failure.strerror}{hint}; nothing was published".split())
    return " ".join(f"{type(failure).__name__}: {failure} (VERBOSE=1 shows the traceback)".split())
