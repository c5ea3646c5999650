"""Failures lose nothing; article text is data; parallel builds keep to their own outputs."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.bench import make_in_copy
from conftest import REGISTER_HEADER, ROOT, SEED, SEED_STEM, copy_project, run_build
from test_browser import open_in_chromium

pytestmark = pytest.mark.slow
VENV = Path(sys.executable).parents[1]


def make(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*make_in_copy(VENV), *args], cwd=project, capture_output=True, text=True, timeout=600)


def test_hostile_article_is_shown_as_text_and_runs_nothing(tmp_path):
    project = copy_project(tmp_path / "p")
    shutil.copy(ROOT / "tests" / "bad_input" / "hostile.txt", project / "seeds" / "hostile.txt")
    result = run_build(project, "seeds/hostile.txt")
    assert result.returncode == 0, result.stderr
    out = project / "reports" / "hostile"
    seen = open_in_chromium(out / "brief.html", ROOT / "reports" / "screenshots" / "hostile.png")
    assert seen["pwned"] is False and seen["errors"] == [] and seen["outside"] == []
    for literal in ("<script>window.__pwned = true</script>", "{{ 7*7 }}", "{% raw %}", "\\begin{document}",
                    'onerror="window.__pwned = true"', "|---|---|"):
        assert literal in seen["text"], literal
    from pypdf import PdfReader
    pdf = " ".join(p.extract_text() for p in PdfReader(out / "brief.pdf").pages)
    assert "{{ 7*7 }}" in pdf and "<script>" in pdf


def test_failed_build_leaves_the_last_good_brief_and_make_knows(tmp_path):
    project = copy_project(tmp_path / "p")
    assert make(project, "report").returncode == 0
    out = project / "reports" / SEED_STEM
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    # A stage that fails half-way: the staging folder already holds stage 1's outputs.
    notebook_path = project / "notebooks" / "02-checks.ipynb"
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    notebook["cells"].insert(4, {"cell_type": "code", "id": "boom", "metadata": {}, "execution_count": None,
                                 "outputs": [], "source": "raise RuntimeError('checks engine broke: 3 > 2')"})
    notebook_path.write_text(json.dumps(notebook), encoding="utf-8")
    result = make(project, "report")
    assert result.returncode != 0
    # The fifth cell of the notebook as JupyterLab shows it, not the shared kernel's execution count.
    assert ('error: notebooks/02-checks.ipynb, cell 5 (under "2 · Does the arithmetic hold?"): '
            "RuntimeError: checks engine broke: 3 > 2; the notebook as it ran is in "
            f"reports/{SEED_STEM}/failed/02-checks.ipynb") in result.stderr, result.stderr
    failed = json.loads((out / "failed" / "02-checks.ipynb").read_text(encoding="utf-8"))
    assert "papermill-error-cell-tag" in failed["cells"][0]["metadata"]["tags"]  # papermill's banner, at the top
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "failed"} == before
    assert not list(out.parent.glob(".*.building.*"))  # no staging folder left behind
    assert make(project, "-q", f"reports/{SEED_STEM}/brief.pdf").returncode == 1


def test_a_first_build_that_fails_keeps_its_notebook_and_the_next_good_one_replaces_it(tmp_path):
    project = copy_project(tmp_path / "p")
    notebook_path = project / "notebooks" / "01-claims.ipynb"
    good = notebook_path.read_text(encoding="utf-8")
    notebook = json.loads(good)
    notebook["cells"].append({"cell_type": "code", "id": "boom", "metadata": {}, "execution_count": None,
                              "outputs": [], "source": "1 / 0"})
    notebook_path.write_text(json.dumps(notebook), encoding="utf-8")
    failed = run_build(project, SEED)
    assert failed.returncode == 1 and f'cell {len(notebook["cells"])} (under "Saved for reviewers and tools"): ' \
        "ZeroDivisionError" in failed.stderr, failed.stderr
    out = project / "reports" / SEED_STEM
    assert sorted(p.name for p in out.iterdir()) == [".claimcheck-brief", "failed"]
    notebook_path.write_text(good, encoding="utf-8")
    rebuilt = run_build(project, SEED)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert (out / "brief.pdf").is_file() and not (out / "failed").exists()


def test_no_op_report_does_nothing(tmp_path):
    project = copy_project(tmp_path / "p")
    assert make(project, "report").returncode == 0
    pdf = project / "reports" / SEED_STEM / "brief.pdf"
    stamp = pdf.stat().st_mtime_ns
    again = make(project, "report")
    assert again.returncode == 0 and again.stderr == "" and pdf.stat().st_mtime_ns == stamp
    assert make(project, "-q", f"reports/{SEED_STEM}/brief.pdf").returncode == 0


def test_two_articles_in_parallel_keep_to_their_own_outputs(tmp_path):
    project = copy_project(tmp_path / "p")
    other = (ROOT / SEED).read_text(encoding="utf-8").replace("China’s Core AI Industry", "Parallel Twin Article", 1)
    (project / "seeds" / "twin.txt").write_text(other, encoding="utf-8")
    result = make(project, "-j2", f"reports/{SEED_STEM}/brief.pdf", "reports/twin/brief.pdf")
    assert result.returncode == 0, result.stderr
    seed_html = (project / "reports" / SEED_STEM / "brief.html").read_text(encoding="utf-8")
    twin_html = (project / "reports" / "twin" / "brief.html").read_text(encoding="utf-8")
    assert "Parallel Twin Article" in twin_html and "Parallel Twin Article" not in seed_html
    assert "DRAFT" in twin_html and "DRAFT" not in seed_html
    assert sorted(p.name for p in (project / "reports").iterdir() if not p.name.startswith(".cache")) == [
        SEED_STEM, "index.csv", "index.html", "twin"]
    # Both rewrote the desk's index, one after the other: the last one lists both briefs.
    index = (project / "reports" / "index.csv").read_text(encoding="utf-8")
    assert SEED_STEM in index and "Parallel Twin Article" in index


def test_make_reports_builds_every_stale_article_with_workers_and_then_nothing(tmp_path):
    project = copy_project(tmp_path / "p")
    seed_text = (ROOT / SEED).read_text(encoding="utf-8")
    (project / "seeds" / "twin.txt").write_text(seed_text.replace("China’s Core AI Industry", "Batch Twin", 1), encoding="utf-8")
    # A third article with a broken register: one line names it, and the workers build the others.
    (project / "seeds" / "broken.txt").write_text(seed_text, encoding="utf-8")
    (project / "data" / "claims" / "broken.csv").write_text(REGISTER_HEADER + "\n", encoding="utf-8")
    first = make(project, "-j2", "reports")
    assert first.returncode == 2, first.stderr
    errors = [line for line in first.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.csv" in errors[0] and "header but no rows" in errors[0], first.stderr
    assert (project / "reports" / SEED_STEM / "brief.pdf").is_file() and (project / "reports" / "twin" / "brief.pdf").is_file()
    assert not (project / "reports" / "broken").exists()
    assert not [p for p in (project / "reports").iterdir() if ".building." in p.name]
    assert "Batch Twin" in (project / "reports" / "twin" / "brief.html").read_text(encoding="utf-8")
    (project / "seeds" / "broken.txt").unlink()
    again = make(project, "reports")
    assert again.returncode == 0 and "every brief is up to date" in again.stderr
    (project / "seeds" / "twin.txt").touch()
    third = make(project, "reports")
    assert third.returncode == 0 and "twin" in third.stderr and SEED_STEM not in third.stderr


@pytest.mark.parametrize("command, cue, signum", [
    (["build", SEED], "building in", signal.SIGINT),  # the kernel starting, the renderers warming up, the brief's stage
    (["build", SEED], "03-brief.ipynb", signal.SIGINT),  # the brief's stage is done: rendering while stages 1-2 run
    (["build-many", "-j", "2", SEED, "seeds/twin.txt", "seeds/third.txt"], "building in", signal.SIGINT),
    # SIGTERM, as `docker stop` or a cancelled CI job sends it: to the first process alone, not the group
    (["build", SEED], "building in", signal.SIGTERM),
    (["build-many", "-j", "2", SEED, "seeds/twin.txt", "seeds/third.txt"], "building in", signal.SIGTERM),
], ids=["one brief, starting", "one brief, rendering", "batch of three", "SIGTERM, one brief", "SIGTERM, batch"])
def test_ctrl_c_stops_the_build_and_leaves_the_last_brief(tmp_path, command, cue, signum):
    project = copy_project(tmp_path / "p")
    for name in ("twin", "third"):
        (project / "seeds" / f"{name}.txt").write_bytes((ROOT / SEED).read_bytes())
    previous = project / "reports" / SEED_STEM / "brief.pdf"
    previous.parent.mkdir(parents=True)
    previous.write_bytes(b"the last good brief")
    (previous.parent / ".claimcheck-brief").write_text("claims= references=data/reference as_of= built_at=\n")
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    build = subprocess.Popen([sys.executable, "-m", "claimcheck", *command], cwd=project, env=env, text=True,
                             stderr=subprocess.PIPE, start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    for line in build.stderr:
        seen.append(line)
        if cue in line:
            break
    if signum == signal.SIGINT:
        os.killpg(build.pid, signal.SIGINT)  # Ctrl-C reaches every process of the terminal's group
    else:
        os.kill(build.pid, signal.SIGTERM)
    started = time.perf_counter()
    rest = build.communicate(timeout=120)[1]
    assert build.returncode == 128 + signum, "".join(seen) + rest
    assert time.perf_counter() - started < 15, "an interrupt should stop the build within a step"
    assert "interrupted; the previous brief is untouched" in rest and "Traceback" not in rest, rest
    assert previous.read_bytes() == b"the last good brief"
    assert not [p.name for p in (project / "reports").iterdir() if ".building." in p.name]
    time.sleep(1)  # the kernels' shutdown is asynchronous
    assert not [pid for pid in _processes_in(project)], "a kernel or worker outlived the interrupt"


def _processes_in(folder: Path) -> list[int]:
    """Processes whose working folder is inside `folder` (workers and kernels run in the project)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and Path(os.readlink(entry / "cwd")).is_relative_to(folder):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the dropped interrupt, on purpose
def test_an_interrupt_swallowed_by_a_finalizer_still_stops_the_next_step(monkeypatch):
    from claimcheck import build

    monkeypatch.setattr(build, "_interrupted", 0)

    class Finalized:
        def __del__(self):
            build._on_stop_signal(signal.SIGINT, None)  # Python prints and drops an exception raised here

    Finalized()
    with pytest.raises(KeyboardInterrupt):
        build._stop_if_interrupted()


def test_an_interrupt_while_the_kernel_starts_leaves_no_kernel_or_sockets(monkeypatch, tmp_path):
    """Ctrl-C between the kernel's start and the session being ready: nothing may outlive it."""
    import tempfile

    from claimcheck import build

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the session keeps its sockets
    started = []
    manager = build._one_client_kernel_manager()

    class InterruptedRightAfterStart(manager):
        def client(self, **kwargs):
            started.append(self.provisioner.process)
            raise KeyboardInterrupt

    monkeypatch.setattr(build, "_one_client_kernel_manager", lambda: InterruptedRightAfterStart)
    with pytest.raises(KeyboardInterrupt):
        with build.KernelSession(ROOT):
            pass
    assert started and started[0].poll() is not None, "the kernel outlived the interrupted start"
    assert list(tmp_path.iterdir()) == [], "the kernel's socket folder was left behind"


def test_parameters_are_part_of_what_a_brief_depends_on_and_bad_ones_fail_first(tmp_path):
    project = copy_project(tmp_path / "p")
    assert make(project, "report").returncode == 0
    out = project / "reports" / SEED_STEM
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for bad, words, batch_words in [
            ("AS_OF=garbage", "parameter as_of 'garbage' is not a date", None),
            ("REFERENCES=/etc", "outside the project", None),
            ("CLAIMS=data/claims/typo.csv", "typo.csv: claims register not found", "CLAIMS names one article's register"),
            ("AS_OF=`touch pwned`", "is not a date", None)]:
        for target in ("report", "reports"):
            words = batch_words if target == "reports" and batch_words else words
            result = make(project, target, bad)
            errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
            assert result.returncode != 0 and len(errors) == 1 and words in errors[0], (bad, target, result.stderr)
            assert "Traceback" not in result.stderr and "building in" not in result.stderr, result.stderr
            assert {p.name: p.read_bytes() for p in out.iterdir()} == before, (bad, target)
    # The README's own example: another as-of date rebuilds the brief, and is then up to date for both targets.
    rebuilt = make(project, "report", "AS_OF=2026-06-30")
    assert rebuilt.returncode == 0 and "done in" in rebuilt.stderr, rebuilt.stderr
    assert "as_of=2026-06-30" in (out / ".claimcheck-brief").read_text()
    assert "2026-06-30" in (out / "03-brief.ipynb").read_text(encoding="utf-8")
    assert make(project, "report", "AS_OF=2026-06-30").stderr == ""
    assert "every brief is up to date" in make(project, "reports", "AS_OF=2026-06-30").stderr
    # Back to the defaults: out of date again, and `make reports` honours that too.
    back = make(project, "reports")
    assert back.returncode == 0 and "done in" in back.stderr and "as_of= " in (out / ".claimcheck-brief").read_text()
    assert not (project / "pwned").exists()


def test_no_command_runs_from_a_file_name_or_a_parameter(tmp_path):
    project = copy_project(tmp_path / "p")
    seed = (ROOT / SEED).read_bytes()
    for name in ("x`touch${IFS}pwned`.txt", "y$(touch pwned).txt", "z`id>pwned`.txt", "a b.txt", "..txt", "twin.txt"):
        (project / "seeds" / name).write_bytes(seed)
    batch = make(project, "-j2", "reports", "BUILT_AT=`touch pwned`")
    errors = [line for line in batch.stderr.splitlines() if line.startswith("error:")]
    assert batch.returncode != 0 and len(errors) == 1, batch.stderr
    for listed in ("'..txt'", "'a b.txt'", "'x`touch${IFS}pwned`.txt'", "'y$(touch pwned).txt'", "'z`id>pwned`.txt'",
                   "rename them"):
        assert listed in errors[0], (listed, errors[0])
    assert sorted(p.name for p in (project / "reports").iterdir() if not p.name.startswith(".")) == [
        SEED_STEM, "index.csv", "index.html", "twin"]
    assert "built_at=`touch pwned`" in (project / "reports" / "twin" / ".claimcheck-brief").read_text()
    # One article named on the command line: make finds the rule, the recipe quotes the name, the build refuses it.
    one = make(project, "report", "ARTICLE=seeds/z`id>pwned`.txt")
    assert one.returncode != 0 and "the name 'z`id>pwned`' cannot name a brief" in one.stderr, one.stderr
    assert not list(project.rglob("pwned"))


def test_a_dead_kernel_fails_the_build_within_seconds_naming_the_stage(tmp_path):
    project = copy_project(tmp_path / "p")
    previous = project / "reports" / SEED_STEM
    previous.mkdir(parents=True)
    (previous / ".claimcheck-brief").write_text("claims= references=data/reference as_of= built_at=\n")
    (previous / "brief.pdf").write_bytes(b"the last good brief")
    notebook_path = project / "notebooks" / "02-checks.ipynb"
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    notebook["cells"].insert(4, {"cell_type": "code", "id": "oom", "metadata": {}, "execution_count": None, "outputs": [],
                                 "source": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer does"})
    notebook_path.write_text(json.dumps(notebook), encoding="utf-8")
    started = time.perf_counter()
    result = run_build(project, SEED)
    assert time.perf_counter() - started < 30
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.returncode == 1 and len(errors) == 1, result.stderr
    assert "notebooks/02-checks.ipynb" in errors[0] and "the kernel died" in errors[0] and "Traceback" not in result.stderr
    assert (previous / "brief.pdf").read_bytes() == b"the last good brief"
    assert sorted(p.name for p in (project / "reports").iterdir() if p.name != ".cache") == [SEED_STEM]


def test_what_a_killed_build_leaves_is_removed_by_the_next(tmp_path):
    project = copy_project(tmp_path / "p")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "PYTHONPATH": str(project / "src"), "TMPDIR": str(temporary)}
    build = subprocess.Popen([sys.executable, "-m", "claimcheck", "build", SEED], cwd=project, env=env, text=True,
                             stderr=subprocess.PIPE)
    for line in build.stderr:
        if "03-brief.ipynb" in line:
            break
    build.kill()  # SIGKILL: no handler runs
    build.wait()
    staging = [p for p in (project / "reports").iterdir() if ".building." in p.name]
    sockets = list(temporary.glob("claimcheck-kernel-*"))
    assert staging and sockets and (sockets[0] / "kernel.json").is_file()  # what the issue found left behind
    again = subprocess.run([sys.executable, "-m", "claimcheck", "build", SEED], cwd=project, env=env,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (project / "reports").iterdir() if not p.name.startswith(".cache")) == [
        SEED_STEM, "index.csv", "index.html"]
    assert list(temporary.iterdir()) == []
