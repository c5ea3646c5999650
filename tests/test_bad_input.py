"""A corpus of bad input: each case fails with one line naming the file, where, and what to change.

Every case runs the real command line in a copy of the project and fails before any
kernel starts (they take a fraction of a second each).
"""
import csv

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
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("name", CASES)
def test_bad_input_fails_with_one_line(project, name):
    files, args, expected = CASES[name]
    for relative, content in files.items():
        (project / relative).write_bytes(content)
    try:
        result = run_build(project, *args)
    finally:
        for relative in files:
            (project / relative).unlink()
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for words in expected:
        assert words in lines[0], (words, lines[0])
    assert not (project / "reports").exists() or not list((project / "reports").glob(".*building*"))


def test_verbose_gives_the_traceback(project):
    result = run_build(project, "seeds/missing.txt", env_extra={"VERBOSE": "1"})
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_parameters_of_the_wrong_type_from_python(project):
    from claimcheck.build import validate_parameters
    from claimcheck.errors import ParameterError
    with pytest.raises(ParameterError, match="parameter as_of must be text, got int"):
        validate_parameters({"article": SEED, "as_of": 20251216}, project)


def test_harmless_oddities_build(project):
    """A register saved by Excel (BOM, semicolons, Windows line ends) and an article path with spaces
    and non-ASCII letters are accepted, not rejected."""
    name = "seeds/Bericht über KI 1.txt"
    (project / name).write_bytes(SEED_TEXT)
    with open(project / "data" / "claims" / "Bericht über KI 1.csv", "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(csv.reader(SEED_REGISTER.splitlines()))
    result = run_build(project, name)
    assert result.returncode == 0, result.stderr
    assert (project / "reports" / "Bericht über KI 1" / "brief.pdf").stat().st_size > 0
