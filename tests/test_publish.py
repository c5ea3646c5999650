"""Publishing: only a brief this tool made is ever replaced, in one atomic step, with no debris; what a
killed build leaves is removed by the next one."""
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from claimcheck import build
from claimcheck.errors import OutputError, ParameterError

STEM = "story"


def brief(folder: Path, text: str) -> Path:
    """A folder as a build leaves it: the marker and a brief."""
    folder.mkdir(parents=True)
    (folder / build.MARKER).write_text("claims= references=data/reference as_of= built_at=\n")
    (folder / "brief.pdf").write_text(text)
    return folder


def staging(reports: Path, text: str, pid: int | None = None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f".{STEM}.building.{pid or os.getpid()}.", dir=reports))
    (folder / build.MARKER).write_text("claims= references=data/reference as_of= built_at=\n")
    (folder / "brief.pdf").write_text(text)
    return folder


@pytest.fixture
def root(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "reports").mkdir()
    return tmp_path


@pytest.mark.parametrize("out", ["reports", ".", "..", "reports/.cache", "reports/sub/x", "/tmp/x", "reports/a b",
                                 "reports/../x"])
def test_out_must_be_a_plain_folder_directly_under_reports(root, out):
    with pytest.raises(OutputError, match="directly under reports/"):
        build.publish_target(out, STEM, root)


def test_an_existing_folder_is_replaced_only_if_it_is_a_brief(root):
    (root / "reports" / STEM).mkdir()
    (root / "reports" / STEM / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="not a brief this tool made"):
        build.publish_target("", STEM, root)
    brief(root / "reports" / "other", "a brief")
    assert build.publish_target("reports/other", STEM, root) == root / "reports" / "other"


def test_a_link_to_a_brief_is_not_a_brief(root, tmp_path_factory):
    elsewhere = brief(tmp_path_factory.mktemp("elsewhere") / "b", "someone's brief")
    (root / "reports" / STEM).symlink_to(elsewhere)
    with pytest.raises(OutputError, match="not a brief this tool made"):
        build.publish_target("", STEM, root)


@pytest.mark.parametrize("article, message", [
    ("seeds/..txt", "the name '.' cannot name a brief"),
    ("seeds/.cache.txt", "the name '.cache' cannot name a brief"),
    ("seeds/a b.txt", "the name 'a b' cannot name a brief"),
    ("seeds/x`touch pwned`.txt", "cannot name a brief"),
    ("seeds/x$(id).txt", "cannot name a brief"),
    (f"seeds/{'x' * 151}.txt", "at most 150 bytes"),
    ("seeds/sub/x.txt", "not from a subfolder"),
    ("data/x.txt", "not from a subfolder or elsewhere"),
])
def test_an_article_name_must_be_a_plain_stem_in_seeds(root, article, message):
    with pytest.raises((OutputError, ParameterError), match=message.replace("(", r"\(").replace("$", r"\$")):
        build.validate_parameters({"article": article}, root)


def test_publish_puts_a_new_brief_in_place_and_swaps_an_old_one_out(root):
    reports = root / "reports"
    build._publish(staging(reports, "first"), reports / STEM)
    assert (reports / STEM / "brief.pdf").read_text() == "first"
    build._publish(staging(reports, "second"), reports / STEM)
    assert (reports / STEM / "brief.pdf").read_text() == "second"
    assert sorted(p.name for p in reports.iterdir()) == [STEM]  # no staging or old folder left
    assert oct((reports / STEM).stat().st_mode & 0o777) == "0o755"


def test_publish_never_replaces_a_folder_that_is_not_a_brief(root):
    reports = root / "reports"
    (reports / STEM).mkdir()
    (reports / STEM / "notes.txt").write_text("mine")
    ready = staging(reports, "new")
    with pytest.raises(OutputError, match="not a brief this tool made"):
        build._publish(ready, reports / STEM)
    assert (reports / STEM / "notes.txt").read_text() == "mine"


def _publish_many(reports: Path, n: int, label: str, failures) -> None:
    for i in range(n):
        try:
            build._publish(staging(reports, f"{label} {i}"), reports / STEM)
        except Exception as failure:  # noqa: BLE001  (counted, not raised, so the other publisher goes on)
            failures.put(repr(failure))


def test_two_processes_publishing_the_same_brief_never_fail_and_there_is_always_a_brief(root):
    reports = root / "reports"
    brief(reports / STEM, "the first brief")
    context = multiprocessing.get_context("fork")
    failures = context.Queue()
    publishers = [context.Process(target=_publish_many, args=(reports, 300, label, failures)) for label in "AB"]
    for publisher in publishers:
        publisher.start()
    missing = seen = 0
    while any(p.is_alive() for p in publishers):
        seen += 1
        try:  # a reader opening the brief at any moment finds one
            (reports / STEM / "brief.pdf").read_text()
        except FileNotFoundError:
            missing += 1
    for publisher in publishers:
        publisher.join()
    assert failures.empty(), failures.get()
    assert all(p.exitcode == 0 for p in publishers)
    assert missing == 0, f"no brief at {missing} of {seen} looks"
    assert sorted(p.name for p in reports.iterdir()) == [STEM]  # no debris


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_leftovers_of_a_killed_build_are_removed_once_their_owner_is_gone(root, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    reports, dead = root / "reports", _dead_pid()
    killed = staging(reports, "half built", pid=dead)
    running = staging(reports, "being built")  # this process's: alive
    sockets = Path(tempfile.mkdtemp(prefix=f"claimcheck-kernel-{dead}-"))
    (sockets / "kernel.json").write_text('{"key": "secret"}')
    live_sockets = Path(tempfile.mkdtemp(prefix=f"claimcheck-kernel-{os.getpid()}-"))
    someone_elses = tmp_path / "tmp" / "claimcheck-notes"
    someone_elses.mkdir()
    build.remove_leftovers(reports)
    assert not killed.exists() and not sockets.exists()
    assert running.exists() and live_sockets.exists() and someone_elses.exists()


def test_the_kernel_connection_file_lives_in_the_session_socket_folder(monkeypatch, tmp_path):
    """So removing the folder (by the session, or by the next build after a SIGKILL) removes the key too."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with build.KernelSession(Path(__file__).resolve().parents[1]) as session:
        assert Path(session.km.connection_file).parent == session.sockets
        assert session.sockets.name.startswith(f"claimcheck-kernel-{os.getpid()}-")
    assert list(tmp_path.iterdir()) == []


def test_a_dead_kernel_is_noticed_within_seconds(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with build.KernelSession(Path(__file__).resolve().parents[1]) as session:
        session.km.provisioner.process.kill()
        started = time.perf_counter()
        with pytest.raises(build.BuildFailed, match=r"notebooks/01-claims.ipynb: the kernel died"):
            session.run("01-claims.ipynb", tmp_path, {})
        assert time.perf_counter() - started < 10
        session.restart()  # as a batch does, to go on with the next article
        assert session.alive()


def test_one_articles_failure_of_any_kind_never_stops_a_batch(monkeypatch, capsys):
    import errno

    from claimcheck import render
    from claimcheck.errors import RegisterError

    class Session:
        restarted = 0

        def __init__(self, root):
            self.dead = False

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

        def alive(self):
            return not self.dead

        def restart(self):
            Session.restarted += 1
            self.dead = False

    built = []

    def fake_build(params, session):
        name = Path(params["article"]).stem
        if name == "input":
            raise RegisterError("data/claims/input.csv", "header but no rows", fix="add at least one row")
        if name == "bug":
            raise ZeroDivisionError("division by zero")  # an engine crash on a valid-looking row
        if name == "kernel":
            session.dead = True
            raise build.BuildFailed("notebooks/02-checks.ipynb: the kernel died while running it")
        if name == "disk":
            raise OSError(errno.ENOSPC, "No space left on device", "reports/.disk.building.1.x/brief.pdf")
        built.append((name, params["as_of"]))

    monkeypatch.setattr(build, "KernelSession", Session)
    monkeypatch.setattr(build, "build", fake_build)
    monkeypatch.setattr(render, "warm", lambda: None)
    articles = [f"seeds/{name}.txt" for name in ("input", "bug", "kernel", "disk", "fine")]
    assert build._build_in_turn(Path("."), iter(articles), {"as_of": "2026-06-30"}) == 1
    errors = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1].strip() for line in errors] == ["input", "bug", "kernel", "disk"]
    assert "ZeroDivisionError: division by zero" in errors[1] and "No space left on device" in errors[3]
    assert built == [("fine", "2026-06-30")] and Session.restarted == 1
