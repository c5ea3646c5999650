"""A corpus of bad input: each case fails with one line naming the file, where, and what to change.

Every case runs the real command line in a copy of the project and fails before any
kernel starts (they take a fraction of a second each), and leaves the last good brief
in reports/ byte for byte as it was.
"""
import csv
import os
import subprocess
import sys

import pytest

from conftest import REFERENCE_HEADER, REGISTER_HEADER, ROOT, SEED, SEED_STEM, copy_project, run_build

SEED_TEXT = (ROOT / SEED).read_bytes()
SEED_REGISTER = (ROOT / "data" / "claims" / f"{SEED_STEM}.csv").read_text(encoding="utf-8")
GOOD_ROW = "C1,up 24 percent year-on-year,24,percent,,2024,China,scale,growth,exact,CAICT,,,,,,,"
GOOD_REF = "R1,scale,China,2024,900,bn CNY,over,CAICT,2025-12-14,https://example.com/r1,2026-12-01,observation,"


def register(*rows, header=REGISTER_HEADER):
    return ("\n".join([header, *rows]) + "\n").encode()


def references(*rows, header=REFERENCE_HEADER):
    return ("\n".join([header, *rows]) + "\n").encode()


# name: (files to write into the project, build arguments, substrings the one error line must contain)
CASES = {
    # Articles
    "article missing": ({}, ["seeds/missing.txt"], ["seeds/missing.txt", "article file not found"]),
    "article empty": ({"seeds/a.txt": b""}, ["seeds/a.txt"], ["seeds/a.txt", "article is empty", "date YYYY-MM-DD"]),
    "article only metadata": ({"seeds/a.txt": b" date 2025-12-16 https://example.com/a\n"}, ["seeds/a.txt"],
                              ["only the metadata line"]),
    "article without metadata": ({"seeds/a.txt": b"Headline\n\nBody.\n"}, ["seeds/a.txt"],
                                 ["line 1", "first line is not the metadata line"]),
    "article not UTF-8": ({"seeds/a.txt": b" date 2025-12-16 https://example.com/a\n\nH\n\nCaf\xe9 12%\n"}, ["seeds/a.txt"],
                          ["line 5", "not valid UTF-8", "re-save the article as UTF-8"]),
    "article binary": ({"seeds/a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, ["seeds/a.txt"], ["binary"]),
    "article 5 MB": ({"seeds/a.txt": b" date 2025-12-16 https://example.com/a\n\nH\n\n" + b"Sales rose 5 percent. " * 230_000},
                     ["seeds/a.txt"], ["5.1 MB", "over the 1 MB limit"]),
    "article bad date": ({"seeds/a.txt": b" date 2025-02-30 https://example.com/a\n\nH\n\nB\n"}, ["seeds/a.txt"],
                         ["not a real date"]),
    # Registers
    "register missing column": ({"r.csv": register(GOOD_ROW, header=REGISTER_HEADER.replace(",unit", ""))},
                                [SEED, "-p", "claims=r.csv"], ["r.csv", "header", "missing column unit"]),
    "register unknown column": ({"r.csv": register(GOOD_ROW + ",x", header=REGISTER_HEADER + ",qualifer")},
                                [SEED, "-p", "claims=r.csv"], ["unknown column 'qualifer'", "allowed columns"]),
    "register duplicate id": ({"r.csv": register(GOOD_ROW, GOOD_ROW)}, [SEED, "-p", "claims=r.csv"],
                              ["row 3 (claim C1)", "duplicate id 'C1' (first on row 2)"]),
    "register non-numeric value": ({"r.csv": register(GOOD_ROW.replace(",24,", ",percent,"))}, [SEED, "-p", "claims=r.csv"],
                                   ["column value", "not a number"]),
    "register unknown unit": ({"r.csv": register(GOOD_ROW.replace(",percent,,", ",percents,,"))}, [SEED, "-p", "claims=r.csv"],
                              ["column unit", "unknown unit 'percents'"]),
    "register quote not in article": ({"r.csv": register(GOOD_ROW.replace("up 24 percent year-on-year", "up 24 percent y/y"))},
                                      [SEED, "-p", "claims=r.csv"], ["column quote", "does not occur in the article"]),
    "register low above high": ({"r.csv": register(GOOD_ROW.replace(",,,,,,,", ",,30,20,,,,"))}, [SEED, "-p", "claims=r.csv"],
                                ["column low", "low 30 is above high 20", "swap them"]),
    "register empty file": ({"r.csv": b""}, [SEED, "-p", "claims=r.csv"], ["r.csv", "claims register is empty"]),
    "register header only": ({"r.csv": register()}, [SEED, "-p", "claims=r.csv"], ["header but no rows"]),
    "register missing file": ({}, [SEED, "-p", "claims=data/claims/nope.csv"], ["nope.csv", "not found"]),
    "register unknown reference": ({"r.csv": register(GOOD_ROW.replace(",,,,,,,", ",,,,,R999,,"))}, [SEED, "-p", "claims=r.csv"],
                                   ["claim C1", "unknown reference 'R999'"]),
    "register ragged row": ({"r.csv": register(GOOD_ROW + ",extra,fields")}, [SEED, "-p", "claims=r.csv"],
                            ["row 2", "fields, the header has 18"]),
    # References
    "references missing file": ({}, [SEED, "-p", "references=data/reference/none.csv"], ["none.csv", "not found"]),
    "references malformed date": ({"refs.csv": references(GOOD_REF.replace("2025-12-14", "14/12/2025"))},
                                  [SEED, "-p", "references=refs.csv"], ["refs.csv", "row 2 (reference R1), column published",
                                                                        "YYYY-MM-DD"]),
    "references row without URL": ({"refs.csv": references(GOOD_REF.replace("https://example.com/r1", ""))},
                                    [SEED, "-p", "references=refs.csv"], ["column url", "url is empty"]),
    "references id of the ECB rates": ({"refs.csv": references(GOOD_REF.replace("R1,", "ECB,", 1))},
                                       [SEED, "-p", "references=refs.csv"], ["column id", "cite the ECB's exchange rates"]),
    "references unit not convertible": ({"refs.csv": references(GOOD_REF.replace("bn CNY", "bn CNY/yr"))},
                                        [SEED, "-p", "references=refs.csv"], ["column unit", "cannot be converted"]),
    # Parameters
    "parameter wrong type": ({}, [SEED, "-p", "as_of=last tuesday"], ["parameter as_of", "not a date"]),
    "parameter unknown name": ({}, [SEED, "-p", "colour=red"], ["unknown parameter 'colour'", "known parameters"]),
    "parameter not name=value": ({}, [SEED, "-p", "as_of"], ["not name=value"]),
    "article outside the project": ({}, ["/etc/hostname"], ["/etc/hostname", "outside the project", "seeds/"]),
    # Names that would publish somewhere else than reports/<name>/, or break make and the shell
    "article named '..' (reports/ itself)": ({"seeds/..txt": SEED_TEXT}, ["seeds/..txt"],
                                             ["the name '.' cannot name a brief", "not starting with a dot"]),
    "article named '.cache' (the chart cache)": ({"seeds/.cache.txt": SEED_TEXT}, ["seeds/.cache.txt"],
                                                 ["the name '.cache' cannot name a brief"]),
    "article name with backticks": ({"seeds/x`touch pwned`.txt": SEED_TEXT}, ["seeds/x`touch pwned`.txt"],
                                    ["cannot name a brief", "rename the file"]),
    "article name with a space": ({"seeds/a b.txt": SEED_TEXT}, ["seeds/a b.txt"], ["the name 'a b' cannot name a brief"]),
    "article in a subfolder of seeds": ({"seeds/sub/x.txt": SEED_TEXT}, ["seeds/sub/x.txt"],
                                        ["seeds/sub/x.txt", "not from a subfolder", "move the article to seeds/"]),
    "--out reports (every brief)": ({}, [SEED, "--out", "reports"], ["directly under reports/", "reports/<name>"]),
    "--out . (the checkout)": ({}, [SEED, "--out", "."], ["directly under reports/"]),
    "--out outside the project": ({}, [SEED, "--out", "/tmp/brief"], ["directly under reports/"]),
    "--out a folder that is not a brief": ({"reports/mine/notes.txt": b"my notes"}, [SEED, "--out", "reports/mine"],
                                           ["reports/mine", "not a brief this tool made", "never replaced"]),
    "brief folder that is not a brief": ({"seeds/notes.txt": SEED_TEXT, "reports/notes/todo.txt": b"mine"},
                                         ["seeds/notes.txt"], ["reports/notes", "not a brief this tool made"]),
    # Parameters and inputs from outside the project
    "CLAIMS outside the project": ({}, [SEED, "-p", "claims=/etc/passwd"], ["/etc/passwd", "outside the project"]),
    "REFERENCES=/etc": ({}, [SEED, "-p", "references=/etc"], ["/etc", "outside the project"]),
    "default register a link outside the project": (
        {"seeds/linked.txt": SEED_TEXT, "data/claims/linked.csv": ("link", "../../../outside.csv")}, ["seeds/linked.txt"],
        ["data/claims/linked.csv", "the default register is a link to", "outside the project"]),
    "parameter with control characters": ({}, [SEED, "-p", "built_at=2026\x1b[31m\x07"],
                                          ["parameter built_at", "contains a control character"]),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("bad") / "project")
    (project.parent / "outside.csv").write_text(SEED_REGISTER.replace(SEED_STEM, "linked"), encoding="utf-8")
    # The last good brief, which no failed build may touch.
    last = project / "reports" / SEED_STEM
    last.mkdir(parents=True)
    (last / ".claimcheck-brief").write_text("claims= references=data/reference as_of= built_at=\n")
    (last / "brief.pdf").write_bytes(b"%PDF the last good brief")
    return project


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None for p in sorted(folder.rglob("*"))}


def put(project, files):
    for relative, content in files.items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, tuple):
            path.symlink_to(content[1])
        else:
            path.write_bytes(content)


def remove(project, files):
    for relative in files:
        (project / relative).unlink()


def assert_one_line(result, code, expected):
    """One line saying what is wrong (a build that had started also printed its progress)."""
    lines = [line for line in result.stderr.splitlines() if not line.startswith((SEED_STEM, "  "))]
    assert result.returncode == code, result.stderr
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for words in expected:
        assert words in lines[0], (words, lines[0])


@pytest.mark.parametrize("name", CASES)
def test_bad_input_fails_with_one_line(project, name):
    files, args, expected = CASES[name]
    put(project, files)
    try:
        before = snapshot(project / "reports")
        result = run_build(project, *args)
        after = snapshot(project / "reports")
    finally:
        remove(project, files)
    assert_one_line(result, 2, expected)
    assert after == before  # the last brief as it was, nothing half-built left
    assert not (project / "pwned").exists()


# Faults of the machine, not of the input: each is injected into the real command line (root writes to a
# read-only folder anyway, and filling a disk takes a mount), or, for TMPDIR, real.
FAULTS = {
    "read-only reports/": ("import tempfile\n"
                           "def refuse(*args, **kwargs): raise OSError(errno.EROFS, 'Read-only file system', kwargs['dir'])\n"
                           "tempfile.mkdtemp = refuse\n", ["reports", "Read-only file system", "nothing was published"]),
    "full disk": ("import pathlib\n"
                  "write = pathlib.Path.write_text\n"
                  "def full(self, *args, **kwargs):\n"
                  "    if '.building.' in str(self): raise OSError(errno.ENOSPC, 'No space left on device', str(self))\n"
                  "    return write(self, *args, **kwargs)\n"
                  "pathlib.Path.write_text = full\n", ["No space left on device", "free some space",
                                                        "nothing was published"]),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_filesystem_fault_fails_with_one_line(project, fault):
    patch, expected = FAULTS[fault]
    before = snapshot(project / "reports")
    script = f"import errno, sys\n{patch}from claimcheck.cli import main\nsys.exit(main(['build', {SEED!r}]))\n"
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(project / "src")}, timeout=120)
    assert_one_line(result, 1, expected)
    assert snapshot(project / "reports") == before


def test_a_temporary_folder_too_long_for_sockets_fails_with_one_line(project, tmp_path):
    long_tmp = tmp_path / ("t" * 60) / ("m" * 60)
    long_tmp.mkdir(parents=True)
    before = snapshot(project / "reports")
    result = run_build(project, SEED, env_extra={"TMPDIR": str(long_tmp)})
    assert_one_line(result, 2, ["TMPDIR", "too long for the kernel's sockets", "set TMPDIR to a shorter folder"])
    assert snapshot(project / "reports") == before and list(long_tmp.iterdir()) == []


def test_verbose_gives_the_traceback(project):
    result = run_build(project, "seeds/missing.txt", env_extra={"VERBOSE": "1"})
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_parameters_of_the_wrong_type_from_python(project):
    from claimcheck.build import validate_parameters
    from claimcheck.errors import ParameterError
    with pytest.raises(ParameterError, match="parameter as_of must be text, got int"):
        validate_parameters({"article": SEED, "as_of": 20251216}, project)


def test_harmless_oddities_build(project):
    """A register saved by Excel (BOM, semicolons, Windows line ends) and an article name with non-ASCII
    letters are accepted, not rejected."""
    name = "seeds/Bericht_über_KI-1.txt"
    (project / name).write_bytes(SEED_TEXT)
    with open(project / "data" / "claims" / "Bericht_über_KI-1.csv", "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(csv.reader(SEED_REGISTER.splitlines()))
    result = run_build(project, name)
    assert result.returncode == 0, result.stderr
    assert (project / "reports" / "Bericht_über_KI-1" / "brief.pdf").stat().st_size > 0
