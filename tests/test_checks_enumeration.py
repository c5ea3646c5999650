"""Enumerations: a count against the items listed."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("count, verdict", [("four", "consistent"), ("five", "consistent"), ("six", "inconsistent")])
def test_count_against_the_list(tmp_path, count, verdict):
    # "oil and gas" may be one item or two: four or five items.
    body = f"The plan names {count} key industries: oil and gas, steel, cement and cars."
    rows = [claim("C1", f"{count} key industries: oil and gas, steel, cement and cars", count, "count",
                  kind="enumeration")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "enumeration").verdict == verdict


def test_examples_may_be_fewer_than_the_count(tmp_path):
    body = "It supports ten sectors, such as steel and cars."
    rows = [claim("C1", "ten sectors, such as steel and cars", "ten", "count", kind="enumeration")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "enumeration").verdict == "consistent"
