"""Generate every check the register and references allow, in a stable order."""
from __future__ import annotations

import datetime as dt

from ..article import Article
from ..references import Reference
from ..register import Claim
from .attribution import unintroduced_speakers
from .consistency import restatement_checks
from .conversion import conversion_checks
from .crosssource import cross_source_checks
from .dates import date_checks
from .growth import implied_growth_checks, prior_level_checks, trend_checks
from .model import Check, Context
from .shares import largest_checks, part_of_total_checks, parts_checks, share_change_checks
from .verdict import UNVERIFIABLE

FAMILIES = (
    prior_level_checks, implied_growth_checks, trend_checks, restatement_checks, conversion_checks,
    share_change_checks, largest_checks, part_of_total_checks, parts_checks, date_checks, cross_source_checks,
)


def run_checks(article: Article, claims: list[Claim], references: list[Reference], as_of: dt.date,
               register_path: str = "") -> list[Check]:
    ctx = Context(article, claims, references, as_of, register_path)
    checks: list[Check] = []
    for family in FAMILIES:
        checks.extend(family(ctx))
    checks.extend(unintroduced_speakers(article))
    checked = {cid for check in checks for cid in check.claims}
    for claim in claims:
        if claim.is_claim and claim.id not in checked:
            what = ", ".join(p for p in (claim.metric, claim.period) if p)
            checks.append(Check("no comparison", [claim.id], UNVERIFIABLE,
                                f"Nothing to compare {claim.phrase}{f' ({what})' if what else ''} with: "
                                f"no second figure in the article and no reference."))
    for number, check in enumerate(checks, start=1):
        check.id = f"K{number:02d}"
    return checks
