"""Who said it: people quoted by surname alone who were never introduced.

Register shape: none; the article text alone. A capitalised word before a speech verb ("Liu
said") is a person never introduced when the article gives no full name for it before, and the
word appears nowhere else in the article: organisations ("the National Bureau of Statistics
said", "Xiaomi said"), weekdays ("on Thursday said") and names used elsewhere in the text are
not unintroduced people.
"""
from __future__ import annotations

import calendar
import re

from .model import Check, Context, Family
from .verdict import TENSION

_SPEECH = r"(?:said|says|told|added|noted|stressed|argued|explained|wrote)"
# (a surname with a prefix is one name: "Michael O’Leary said", "D'Souza said")
_QUOTED = re.compile(rf"(?<![A-Za-z'’-])((?:[A-Z]['’])?[A-Z][a-z]+) {_SPEECH}\b")
# Words that start a clause and are followed by "said" without being a name.
_NOT_NAMES = {"He", "She", "They", "It", "We", "I", "Report", "Officials", "Experts", "Analysts", "Statement", "Data",
              "Sources", "Company", "Government", "Spokesperson", "Spokesman", "Spokeswoman", "This", "That", "Police",
              # ("All told, the coverage has increased to P405,600": a sum up, no speaker)
              "All", "Both", "Many", "Most", "Some", "Others", "Several", "Few"}
_CALENDAR = {name for name in calendar.day_name} | {name for name in calendar.month_name if name}
# Words that end an organisation's name.
_ORGANISATION = re.compile(r"(?:Bureau|Ministry|Statistics|Commission|Council|Agency|Office|Bank|Group|Association|"
                           r"Institute|Academy|University|Administration|Department|Corporation|Company|Customs|"
                           r"Authority|Board|Federation|Fund|Organization|Organisation|Service|Times|News|Post|Daily|"
                           r"Agencies|Xinhua|Reuters|Bloomberg|Exchange|Parliament|Congress|Court|Police|Army)$")


def unintroduced_speakers(ctx: Context) -> list[Check]:
    text = ctx.article.text
    checks = []
    quoted: dict[str, list[int]] = {}
    for found in _QUOTED.finditer(text):
        name = found.group(1)
        if name in _NOT_NAMES or name in _CALENDAR or _ORGANISATION.search(name) or _in_a_name(text, found.start()):
            continue
        quoted.setdefault(name, []).append(found.start())
    for name, places in quoted.items():
        first = places[0]
        # Introduced means the full name appears somewhere before: "Ma Jihua" or "Jane Liu".
        named = re.escape(name)
        introduced = re.search(rf"\b{named} [A-Z][a-z]+\b|\b[A-Z][a-z]+ {named}\b", text[: first + len(name) + 1])
        elsewhere = len(re.findall(rf"\b{named}\b", text)) > len(places)
        if introduced or elsewhere:
            continue
        times = {1: "once", 2: "twice"}.get(len(places), f"{len(places)} times")
        checks.append(Check("attribution", [], TENSION,
                            f"\"{name}\" is quoted {times} (\"{name} said\") but never introduced: the article does not "
                            f"say who {name} is, so those statements have no checkable source."))
    return checks


def _in_a_name(text: str, at: int) -> bool:
    """The word at `at` ends a longer proper name: "the Ministry of Commerce", "Kweichow Moutai"."""
    before = text[max(0, at - 60): at].rstrip()
    # Names joined by short lower-case words count too: "the Bangko Sentral ng Pilipinas", "Banco de Mexico".
    # ... and listed: "the Ministry of Trade, Industry and Energy"
    return bool(re.search(r"(?:\b(?:the|The)\s+(?:[A-Z][\w&.-]*,?\s+|(?:of|and|for|ng|de|del|des|da|do|van|von|der|"
                          r"la|le|di|al)\s+)*|[A-Z][\w&.-]*\s+|\b(?:of|ng|de|del|des|da|do|van|von|der|la|le|di|al)\s+)$",
                          before + " "))


FAMILY = Family(unintroduced_speakers, {"attribution": 4})
