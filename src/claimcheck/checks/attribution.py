"""Who said it: people quoted by surname alone who were never introduced."""
from __future__ import annotations

import re

from ..article import Article
from .model import Check
from .verdict import TENSION

_SPEECH = r"(?:said|says|told|added|noted|stressed|argued|explained|wrote)"
_QUOTED = re.compile(rf"(?<![A-Za-z])([A-Z][a-z]+) {_SPEECH}\b")
# Words that start a clause and are followed by "said" without being a name.
_NOT_NAMES = {"He", "She", "They", "It", "We", "I", "Report", "Officials", "Experts", "Analysts", "Xinhua",
              "Reuters", "Bloomberg", "Ministry", "Spokesperson", "Statement", "Data", "Sources", "Company"}


def unintroduced_speakers(article: Article) -> list[Check]:
    text = article.text
    checks = []
    quoted: dict[str, list[int]] = {}
    for found in _QUOTED.finditer(text):
        name = found.group(1)
        if name not in _NOT_NAMES:
            quoted.setdefault(name, []).append(found.start())
    for name, places in quoted.items():
        first = places[0]
        # Introduced means the full name appears somewhere before: "Ma Jihua" or "Jane Liu".
        introduced = re.search(rf"\b{name} [A-Z][a-z]+\b|\b[A-Z][a-z]+ {name}\b", text[: first + len(name) + 1])
        if introduced:
            continue
        times = {1: "once", 2: "twice"}.get(len(places), f"{len(places)} times")
        checks.append(Check("attribution", [], TENSION,
                            f"\"{name}\" is quoted {times} (\"{name} said\") but never introduced: the article does not "
                            f"say who {name} is, so those statements have no checkable source."))
    return checks
