"""Units and scales: one canonical form per dimension, explicit labels in outputs.

Money is compared in billions of its currency, counts in units, shares in percent,
physical quantities in one unit per dimension (GW, TWh, tonnes, km, ...), per-unit
figures ("USD per share") in the currency per unit. Labels are explicit ("CNY bn",
"percent", "pp", "GW") so no output relies on a column name to say what a number means.

A units library (pint) was weighed for the physical units: the articles this project
reads use a dozen units of five dimensions, which this table covers in a few lines,
while pint's import alone costs about a quarter of a second of every build.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .printed import SCALES

if TYPE_CHECKING:
    from .article import Article

CURRENCIES = {
    "CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "KRW", "INR", "RUB", "AUD", "CAD",
    "CHF", "SGD", "BRL", "MXN", "ZAR", "TRY", "SAR", "AED", "IDR", "MYR", "THB", "VND", "PHP",
    "PKR", "NGN", "BDT", "LKR", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS", "EGP",
    "KES", "NPR", "UGX", "TZS", "GHS", "ETB", "QAR", "KWD", "CLP", "COP", "PEN", "ARS", "UAH", "RON", "BGN", "LTL", "XCD",
    "JMD", "TTD", "OMR", "IRR", "YER", "MOP", "MVR", "MUR", "SCR", "ZMW", "MWK", "PGK",
    # the other dollars an article names by their country ("6.6 billion Namibian dollars ($440 million)")
    "NAD", "FJD", "BND", "LRD", "BSD", "BBD", "GYD", "BZD", "ZWL",
    # the CFA francs of West and Central Africa
    "XOF", "XAF",
    # the dinars, dirhams and pounds of North Africa and the Middle East, as their press codes them ("TND 11.1
    # billion (USD 4 billion)", "MAD 5 billion"), and other codes printed before amounts
    "TND", "DZD", "MAD", "LYD", "JOD", "BHD", "IQD", "LBP", "SYP", "SDG",
    "RWF", "BIF", "MZN", "AOA", "BWP", "CDF", "GMD", "GNF", "SLE", "MGA",
    "KZT", "UZS", "AZN", "MNT", "KHR", "LAK", "MMK", "AFN", "RSD", "MKD", "ISK",
    "DOP", "CRC", "GTQ", "HNL", "PYG", "UYU", "BOB",
}
CURRENCY_WORDS = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollar": "USD", "dollars": "USD", "us$": "USD",
    "$": "USD", "euro": "EUR", "euros": "EUR", "€": "EUR", "pound": "GBP", "pounds": "GBP", "£": "GBP",
    "sterling": "GBP", "yen": "JPY", "¥": "CNY", "won": "KRW", "₩": "KRW", "rupee": "INR", "rupees": "INR",
    "rs": "INR", "rs.": "INR", "₹": "INR", "inr": "INR", "rouble": "RUB", "ruble": "RUB", "roubles": "RUB",
    "rubles": "RUB", "hk$": "HKD", "nt$": "TWD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "s$": "SGD",
    "$us": "USD", "$a": "AUD", "$nz": "NZD",  # (as Australian outlets print them: "$US91.8 billion")
    "nz$": "NZD", "ca$": "CAD", "fj$": "FJD", "n$": "NAD",
    "naira": "NGN", "₦": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "real": "BRL", "reais": "BRL",
    "lira": "TRY", "rand": "ZAR", "riyal": "SAR", "riyals": "SAR", "rial": "OMR", "rials": "OMR", "dirham": "AED", "taka": "BDT", "peso": "MXN", "pesos": "MXN",
    "shilling": "KES", "shillings": "KES", "ksh": "KES", "kes": "KES", "shs": "UGX",
    # the words of the other currencies above ("1.33 trillion hryvnias", "VND1.507 quadrillion" as "dong")
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "dong": "VND", "cedi": "GHS", "cedis": "GHS",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK",
    "lei": "RON", "leu": "RON", "leva": "BGN", "lev": "BGN", "shekel": "ILS", "shekels": "ILS", "birr": "ETB",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "dinar": "KWD", "dinars": "KWD",
    "litas": "LTL", "litai": "LTL", "litu": "LTL",  # (Lithuania's currency until 2015)
    "pataca": "MOP", "patacas": "MOP",
    # ("K26.5billion", "K3.87 trillion": Zambia's and Malawi's kwacha, and Papua New Guinea's kina, as their press
    # prints them)
    "kwacha": "ZMW", "k": "ZMW", "kina": "PGK",
    "franc": "CHF", "francs": "CHF",
}
# Symbols that stand for more than one currency. The table above gives each the currency it means
# when nothing in the article says otherwise (the yuan, in most articles this project reads; the US
# dollar, as in the international wires); currency_of decides from the article.
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
AMBIGUOUS_SYMBOLS = {"¥": ("CNY", "JPY"), "$": ("USD", "AUD", "CAD", "HKD", "SGD", "NZD"),
                     "rs": _RUPEES, "rs.": _RUPEES,
                     # ("6.9 billion rupees" in a story of Sri Lanka's tea: Sri Lankan rupees; "56.6 billion rupees"
                     # in one of Mauritius's tourism: Mauritian rupees)
                     "rupee": _RUPEES, "rupees": _RUPEES,
                     # ("68.6 billion pesos" in a story from Manila: Philippine pesos)
                     # (... and in one from Buenos Aires, Santiago or Bogotá, Argentine, Chilean or Colombian pesos)
                     "peso": ("MXN", "PHP", "ARS", "CLP", "COP"), "pesos": ("MXN", "PHP", "ARS", "CLP", "COP"),
                     # ("the trade deficit narrowed to 25 billion pounds" in a story from Cairo: Egyptian pounds)
                     "pound": ("GBP", "EGP"), "pounds": ("GBP", "EGP"),
                     # ("22.495 trillion shillings" in a story of Tanzania's budget: Tanzanian shillings)
                     "shilling": ("KES", "TZS", "UGX"), "shillings": ("KES", "TZS", "UGX"),
                     # ("Shs14 trillion": Uganda's, unless the story is Kenya's or Tanzania's)
                     "shs": ("UGX", "KES", "TZS"),
                     # ("13.2 billion Omani rials", "1.2 billion riyals" in a story from Doha)
                     "rial": ("OMR", "IRR", "YER"), "rials": ("OMR", "IRR", "YER"),
                     "riyal": ("SAR", "QAR"), "riyals": ("SAR", "QAR"),
                     # ("$2.7 billion (18.8 billion kroner ...)" in a story of Maersk from Copenhagen: Danish kroner)
                     "krone": ("NOK", "DKK"), "kroner": ("NOK", "DKK"),
                     # ("K3.87 trillion" in a story of Malawi's budget: Malawian kwacha; "US$2 billion (K5.1
                     # billion)" in one of the Bank of Papua New Guinea: kina)
                     "kwacha": ("ZMW", "MWK"), "k": ("ZMW", "MWK", "PGK"),
                     # ("434 million Swiss francs ($476 million)"; "CFA francs" in a story from Dakar or Yaoundé)
                     "franc": ("CHF", "XOF", "XAF"), "francs": ("CHF", "XOF", "XAF")}
# Each currency a symbol may stand for, as an article names it in words ("yuan", "Pakistani rupees").
_NAMED_IN_WORDS = {
    "¥": {"CNY": re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.I), "JPY": re.compile(r"\b(?:yen|JPY)\b", re.I)},
    "rs": {"INR": re.compile(r"\b(?:Indian rupees?|INR)\b", re.I), "PKR": re.compile(r"\b(?:Pakistani rupees?|PKR)\b", re.I),
           "LKR": re.compile(r"\b(?:Sri Lankan rupees?|LKR)\b", re.I), "NPR": re.compile(r"\b(?:Nepalese rupees?|NPR)\b", re.I),
           "MUR": re.compile(r"\b(?:Mauriti(?:us|an) rupees?|MUR)\b", re.I),
           "SCR": re.compile(r"\b(?:Seychell(?:es|ois) rupees?|SCR)\b", re.I)},
    "peso": {"MXN": re.compile(r"\b(?:Mexican pesos?|MXN)\b", re.I), "PHP": re.compile(r"\b(?:Philippine pesos?|PHP)\b", re.I),
             "ARS": re.compile(r"\b(?:Argentine pesos?|ARS)\b", re.I), "CLP": re.compile(r"\b(?:Chilean pesos?|CLP)\b", re.I),
             "COP": re.compile(r"\b(?:Colombian pesos?|COP)\b", re.I)},
    "pound": {"GBP": re.compile(r"\b(?:British pounds?|pounds? sterling|sterling|GBP)\b|£", re.I),
              "EGP": re.compile(r"\b(?:Egyptian pounds?|EGP|LE)\b")},
    "shilling": {"KES": re.compile(r"\b(?:Kenyan? shillings?|KES|KSh|Ksh)\b"),
                 "TZS": re.compile(r"\b(?:Tanzanian? shillings?|TZS|TSh|Tsh)\b"),
                 "UGX": re.compile(r"\b(?:Ugandan? shillings?|UGX|USh|Ushs)\b")},
    "rial": {"OMR": re.compile(r"\b(?:Omani rials?|OMR)\b"), "IRR": re.compile(r"\b(?:Iranian rials?|IRR)\b"),
             "YER": re.compile(r"\b(?:Yemeni rials?|YER)\b")},
    "riyal": {"SAR": re.compile(r"\b(?:Saudi riyals?|SAR)\b"), "QAR": re.compile(r"\b(?:Qatari riyals?|QAR|QR)\b")},
    "krone": {"NOK": re.compile(r"\b(?:Norwegian kron(?:e|er)|NOK)\b"), "DKK": re.compile(r"\b(?:Danish kron(?:e|er)|DKK)\b")},
    "kwacha": {"ZMW": re.compile(r"\b(?:Zambian kwacha|ZMW)\b"), "MWK": re.compile(r"\b(?:Malawi(?:an)? kwacha|MWK)\b"),
               "PGK": re.compile(r"\b(?:kina|PGK)\b")},
    "franc": {"CHF": re.compile(r"\b(?:Swiss francs?|CHF)\b"), "XOF": re.compile(r"\b(?:West African (?:CFA )?francs?|XOF)\b"),
              "XAF": re.compile(r"\b(?:Central African (?:CFA )?francs?|XAF)\b")},
    # ("6.6 billion Namibian dollars ($440 million)", "2.1 billion Hong Kong dollars": a dollar its country names is
    # that country's, whatever dollar the article's bare "$" is)
    "dollar": {code: re.compile(rf"\b(?:{country})\s+dollars?\b") for code, country in (
        ("AUD", "Australian"), ("CAD", "Canadian"), ("HKD", "Hong Kong"), ("SGD", "Singapore"), ("NZD", "New Zealand"),
        ("TWD", r"(?:New\s+)?Taiwan(?:ese)?"), ("JMD", "Jamaican"), ("TTD", r"Trinidad(?:\s+and\s+Tobago)?"),
        ("XCD", "Eastern Caribbean"), ("NAD", "Namibian"), ("FJD", "Fiji(?:an)?"), ("BND", "Brunei"),
        ("LRD", "Liberian"), ("BSD", "Bahamian"), ("BBD", "Barbad(?:os|ian)"), ("GYD", "Guyanese"), ("BZD", "Belize(?:an)?"),
        ("ZWL", "Zimbabwe(?:an)?"))},
}
# The country an article is about, by its name, people, cities or national institutions ("TOKYO • Japan's budget ...",
# "The FBR has collected Rs2.080tr": Pakistan's tax office)
_COUNTRY_WORDS = {
    "¥": {"CNY": re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen)\b"),
          "JPY": re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka)\b")},
    "rs": {"INR": re.compile(r"\b(?:India|Indian|New Delhi|Mumbai|Bengaluru|Kolkata|Chennai|RBI|SEBI|Sensex|Nifty)\b"),
           "PKR": re.compile(r"\b(?:Pakistan|Pakistani|Islamabad|Karachi|Lahore|Rawalpindi|FBR|Federal Board of Revenue|"
                             r"SBP|PSX)\b"),
           "LKR": re.compile(r"\b(?:Sri Lanka|Sri Lankan|Colombo|CBSL)\b"),
           "NPR": re.compile(r"\b(?:Nepal|Nepalese|Nepali|Kathmandu|Nepal Rastra Bank)\b"),
           "MUR": re.compile(r"\b(?:Mauritius|Mauritian|Port Louis)\b"),
           "SCR": re.compile(r"\b(?:Seychelles|Seychellois)\b")},
    "peso": {"MXN": re.compile(r"\b(?:Mexico|Mexican|Banxico)\b"),
             "PHP": re.compile(r"\b(?:Philippines|Philippine|Filipinos?|Manila|BIR|Bangko Sentral)\b"),
             "ARS": re.compile(r"\b(?:Argentina|Argentine|Argentinian|Buenos Aires|INDEC|BCRA)\b"),
             "CLP": re.compile(r"\b(?:Chile|Chilean|Santiago)\b"),
             "COP": re.compile(r"\b(?:Colombia|Colombian|Bogot[aá]|Medell[ií]n)\b")},
    "pound": {"GBP": re.compile(r"\b(?:Britain|British|UK|U\.K\.|England|English|Scotland|Wales|London)\b"),
              "EGP": re.compile(r"\b(?:Egypt|Egyptian|Cairo|Alexandria)\b")},
    "shilling": {"KES": re.compile(r"\b(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu)\b"),
                 "TZS": re.compile(r"\b(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma)\b"),
                 "UGX": re.compile(r"\b(?:Uganda|Ugandan|Kampala)\b")},
    "rial": {"OMR": re.compile(r"\b(?:Oman|Omani|Muscat)\b"), "IRR": re.compile(r"\b(?:Iran|Iranian|Tehran)\b"),
             "YER": re.compile(r"\b(?:Yemen|Yemeni|Sanaa|Aden)\b")},
    "riyal": {"SAR": re.compile(r"\b(?:Saudi|Saudi Arabia|Riyadh|Jeddah)\b"),
              "QAR": re.compile(r"\b(?:Qatar|Qatari|Doha)\b")},
    "krone": {"NOK": re.compile(r"\b(?:Norway|Norwegian|Oslo|Norges Bank)\b"),
              "DKK": re.compile(r"\b(?:Denmark|Danish|Copenhagen|Danmarks Nationalbank)\b")},
    "franc": {"CHF": re.compile(r"\b(?:Switzerland|Swiss|Zurich|Geneva|Bern)\b"),
              "XOF": re.compile(r"\b(?:Senegal|Senegalese|Ivory Coast|C[oô]te d['’]Ivoire|Ivorian|Mali|Malian|Burkina Faso|"
                                r"Niger|Nigerien|Benin|Beninese|Togo|Togolese|Dakar|Abidjan|Bamako|Ouagadougou|Lom[eé]|"
                                r"Cotonou|BCEAO|UEMOA|WAEMU)\b"),
              "XAF": re.compile(r"\b(?:Cameroon|Cameroonian|Gabon|Gabonese|Chad|Chadian|Central African Republic|"
                                r"Equatorial Guinea|Yaound[eé]|Douala|Libreville|Brazzaville|N['’]Djamena|BEAC|CEMAC)\b")},
    "kwacha": {"ZMW": re.compile(r"\b(?:Zambia|Zambian|Lusaka|ZRA|Bank of Zambia)\b"),
               "MWK": re.compile(r"\b(?:Malawi|Malawian|Lilongwe|Blantyre|Reserve Bank of Malawi)\b"),
               "PGK": re.compile(r"\b(?:Papua New Guinea|PNG|Port Moresby)\b")},
}
# "All figures are in Canadian dollars", "amounts in Australian dollars unless stated": the article's own rule.
_DOLLARS_STATED = re.compile(r"\b(?:figures|amounts|prices|values|dollar figures)\b[^.\n]{0,40}?\bin (?P<which>Australian|"
                             r"Canadian|Hong Kong|Singapore|New Zealand|U\.?S\.?|American) dollars\b", re.I)
_DOLLAR_NAMES = {"australian": "AUD", "canadian": "CAD", "hong kong": "HKD", "singapore": "SGD", "new zealand": "NZD",
                 "us": "USD", "american": "USD"}
# Where an outlet publishes from: its domain's country code, or, for outlets on .com and .net, its name.
_COUNTRY_CODES = {"cn": "CN", "jp": "JP", "au": "AU", "ca": "CA", "hk": "HK", "sg": "SG", "nz": "NZ", "in": "IN",
                  "pk": "PK", "lk": "LK", "np": "NP", "uk": "GB", "eg": "EG", "dk": "DK", "no": "NO"}
_OUTLETS = {"nikkei.com": "JP", "kyodonews.net": "JP", "japantoday.com": "JP", "xinhuanet.com": "CN", "cgtn.com": "CN",
            "scmp.com": "HK", "straitstimes.com": "SG", "channelnewsasia.com": "SG", "theglobeandmail.com": "CA",
            "financialpost.com": "CA", "afr.com": "AU", "dawn.com": "PK", "dunyanews.tv": "PK", "geo.tv": "PK",
            "arynews.tv": "PK", "urdupoint.com": "PK", "thehindu.com": "IN", "livemint.com": "IN",
            "business-standard.com": "IN", "economictimes.indiatimes.com": "IN", "ndtv.com": "IN"}
_LOCAL_CURRENCY = {"CN": "CNY", "JP": "JPY", "AU": "AUD", "CA": "CAD", "HK": "HKD", "SG": "SGD", "NZ": "NZD",
                   "IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "GB": "GBP", "EG": "EGP", "DK": "DKK", "NO": "NOK"}
# Units whose values are numbers, and the temporal ones whose values are words.
NUMERIC_UNITS = {"percent", "pp", "count", "ratio", "times", "year", "years", "months", "days", "weeks"}
# ("period": a named period a figure is given for, "March 2019", "the first half of 2025")
TEMPORAL_UNITS = {"weekday", "month", "quarter", "relative", "date", "period"}
DURATION_UNITS = ("year", "years", "months", "weeks", "days")
SCALE_ABBREVIATIONS = {"bn": "billion", "b": "billion", "mn": "million", "m": "million", "mln": "million",
                       "tn": "trillion", "tln": "trillion", "trn": "trillion", "k": "thousand", "thousand": "thousand",
                       "cents": "cent", "pence": "cent", "paise": "cent", "lakhs": "lakh", "crores": "crore",
                       "cr": "crore", "bil": "billion", "mil": "million", "bln": "billion", "trln": "trillion", "tril": "trillion"}
# Physical units: (dimension, factor to the dimension's canonical unit). The canonical unit is the
# one with factor 1.
PHYSICAL = {
    "W": ("power", Decimal("1e-9")), "kW": ("power", Decimal("1e-6")), "MW": ("power", Decimal("1e-3")),
    "GW": ("power", Decimal(1)), "TW": ("power", Decimal(1000)),
    "Wh": ("energy", Decimal("1e-12")), "kWh": ("energy", Decimal("1e-9")), "MWh": ("energy", Decimal("1e-6")),
    "GWh": ("energy", Decimal("1e-3")), "TWh": ("energy", Decimal(1)),
    "kg": ("mass", Decimal("1e-3")), "tonnes": ("mass", Decimal(1)), "kt": ("mass", Decimal(1000)),
    "Mt": ("mass", Decimal(10) ** 6), "Gt": ("mass", Decimal(10) ** 9), "ounces": ("mass", Decimal("0.0000311034768")),  # (troy ounces, of metals)
    "m": ("length", Decimal("1e-3")), "km": ("length", Decimal(1)), "miles": ("length", Decimal("1.609344")),
    "hectares": ("area", Decimal(1)), "sq km": ("area", Decimal(100)), "acres": ("area", Decimal("0.40468564224")),
    "square miles": ("area", Decimal("258.9988110336")),
    # (of buildings, in square metres: "1,063 million square metres" of floor space read in hectares helps nobody)
    "square metres": ("floor area", Decimal(1)), "square feet": ("floor area", Decimal("0.09290304")),
    "barrels": ("volume of oil", Decimal(1)),
    "litres": ("volume", Decimal("1e-3")), "hectolitres": ("volume", Decimal("0.1")),
    "kilolitres": ("volume", Decimal(1)), "cubic metres": ("volume", Decimal(1)),
    "cubic feet": ("volume", Decimal("0.028316846592")),
    "points": ("index points", Decimal(1)),  # a stock index's level and its moves
}
UNIT_ALIASES = {"tonne": "tonnes", "tons": "tonnes", "ton": "tonnes", "t": "tonnes", "metric tons": "tonnes",
                "mile": "miles", "hectare": "hectares", "ha": "hectares", "barrel": "barrels", "bbl": "barrels",
                "litre": "litres", "liters": "litres", "liter": "litres", "km2": "sq km", "m3": "cubic metres",
                "cubic meters": "cubic metres", "acre": "acres", "cubic foot": "cubic feet", "ounce": "ounces",
                "oz": "ounces", "troy ounces": "ounces"}
_CANONICAL_PHYSICAL = {dimension: unit for unit, (dimension, factor) in PHYSICAL.items() if factor == 1}
_RATE = re.compile(r"^([A-Z]{3}) per ([A-Z]{3})$")
# "USD per share", "INR per person", "count per day": a total divided by a count or a span of time.
# ("cubic feet per day": a unit of two words per a span of time)
_PER_UNIT = re.compile(r"^(?P<top>[A-Z]{3}|count|cubic \S+|\S+) per (?P<per>[a-z][a-z ]*|[kMGT]Wh)$")


@dataclass(frozen=True)
class Unit:
    """A unit as checks use it: a dimension key and the factor to the canonical scale."""

    key: str           # "CNY", "percent", "count", "CNY per USD", "GW", "USD per share", ...
    factor: Decimal    # multiply a value in the given scale by this to get canonical
    label: str         # canonical label for outputs: "CNY bn", "percent", "count", "GW"

    @property
    def is_money(self) -> bool:
        return self.key in CURRENCIES

    @property
    def is_rate(self) -> bool:
        """An exchange rate: one currency per another."""
        return bool(_RATE.match(self.key))

    @property
    def per(self) -> str:
        """For a per-unit figure, what it is per ("share", "day"); else ''."""
        found = _PER_UNIT.match(self.key)
        # ("percent per year" is an average rate, no total divided by a count)
        return found.group("per") if found and not self.is_rate and found.group("top") != "percent" else ""

    @property
    def is_flow(self) -> bool:
        """A quantity per span of time ("barrels per day"): segments' flows of one period add up, as power does."""
        return self.per in ("hour", "day", "week", "month", "year") and not self.is_money and \
            not _PER_UNIT.match(self.key).group("top").isupper()

    @property
    def is_amount(self) -> bool:
        """Money, counts and physical quantities: figures that add up and divide into ratios."""
        return self.is_money or self.key == "count" or self.key in _CANONICAL_PHYSICAL.values()


def canonical(unit: str, scale: str = "") -> Unit:
    """The canonical unit for a unit and scale; ValueError when it is not known."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; use one of: {', '.join(s for s in SCALES if s)} or leave empty")
    unit = UNIT_ALIASES.get(unit, unit)
    if unit in CURRENCIES:
        return Unit(unit, SCALES[scale] / SCALES["billion"], f"{unit} bn")
    if _RATE.match(unit):
        if scale:
            raise ValueError(f"an exchange rate takes no scale, got {scale!r}")
        return Unit(unit, Decimal(1), unit)
    if unit == "basis points":
        if scale:
            raise ValueError(f"{unit} take no scale, got {scale!r}")
        return Unit("pp", Decimal("0.01"), "pp")  # ("raises rate by 25 basis points": 0.25 percentage points)
    if unit in ("percent", "pp", "percent per year"):
        if scale:
            raise ValueError(f"{unit} takes no scale, got {scale!r}")
        # ("percent per year": an average annual rate, "4.3 % a year" over a span of years, no rate over it)
        return Unit(unit, Decimal(1), "% a year" if unit == "percent per year" else unit)
    if unit in NUMERIC_UNITS or unit in TEMPORAL_UNITS:
        return Unit(unit, SCALES[scale], unit)
    if unit in PHYSICAL:
        dimension, factor = PHYSICAL[unit]
        base = _CANONICAL_PHYSICAL[dimension]
        return Unit(base, factor * SCALES[scale], base)
    per_unit = _PER_UNIT.match(unit)
    if per_unit:
        top = UNIT_ALIASES.get(per_unit.group("top"), per_unit.group("top"))
        if top in CURRENCIES or top == "count":
            key = f"{top} per {per_unit.group('per')}"
            return Unit(key, SCALES[scale], key)
        if top in PHYSICAL:
            dimension, factor = PHYSICAL[top]
            key = f"{_CANONICAL_PHYSICAL[dimension]} per {per_unit.group('per')}"
            return Unit(key, factor * SCALES[scale], key)
    raise ValueError(f"unknown unit {unit!r}; use a currency code (CNY, USD, ...), percent, pp, count, times, ratio, "
                     f"a physical unit ({', '.join(list(PHYSICAL)[:6])}, ...), 'XXX per YYY' for an exchange rate, "
                     f"'USD per share' for a per-unit figure, year, months, days, or weekday/month/quarter/relative/date")


def parse_reference_unit(text: str) -> tuple[str, str]:
    """A reference table's unit ("bn CNY", "%", "mn units", "firms") as (unit, scale)."""
    words = text.strip().split()
    if not words:
        raise ValueError("empty unit")
    scale = ""
    if words[0].lower() in SCALE_ABBREVIATIONS and len(words) > 1:
        scale = SCALE_ABBREVIATIONS[words[0].lower()]
        words = words[1:]
    unit = " ".join(words)
    if unit == "%":
        return "percent", scale
    try:
        canonical(unit, scale)
        return unit, scale
    except ValueError:
        pass
    # Plural nouns of things counted ("firms", "patents", "applications", "cards").
    if re.fullmatch(r"[a-z][a-z ]*s", unit):
        return "count", scale
    raise ValueError(f"unit {text!r} cannot be converted: use e.g. 'bn CNY', '%', 'CNY per USD', "
                     f"'mn units', 'GW', a plural noun for counts, 'year' or 'date'")


def quantities_of(per: str) -> tuple[str, ...]:
    """The units of the quantity a rate "per" one of it divides: the word and its plurals ("US$1,933 per tonne" divides
    tonnes, "per barrel" barrels, "per inch" inches)."""
    return (per, f"{per}s", f"{per}es")


# Capitalised words right before and after a word: "Lanka Indian Oil Company"
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")


def _inside_a_name(found: re.Match) -> bool:
    """Whether a word found in a text stands between two capitalised words, inside a name."""
    text = found.string
    return bool(_NAME_BEFORE.search(text, max(0, found.start() - 30), found.start())
                and _NAME_AFTER.match(text, found.end()))


# The family of signs an ambiguous word or symbol belongs to, as _NAMED_IN_WORDS keys it
_FAMILY = {"r": "rs", "rupee": "rs", "peso": "peso", "pound": "pound", "shilling": "shilling", "sh": "shilling", "rial": "rial",
           "riyal": "riyal", "krone": "krone", "kroner": "krone", "dollar": "dollar", "k": "kwacha", "kwacha": "kwacha",
           "franc": "franc"}


def named_with(words: str, symbol: str) -> str:
    """The one currency an ambiguous word's own words name ("34.7 billion Egyptian pounds", "6.9 billion Sri Lankan
    rupees"), else ""."""
    token = symbol.strip().lower()
    family = _FAMILY.get(token.rstrip("s."), token)
    named = [code for code, pattern in _NAMED_IN_WORDS.get(family, {}).items() if pattern.search(words)]
    return named[0] if len(named) == 1 else ""


def currency_of(symbol: str, article: "Article") -> str:
    """The currency a word or symbol stands for in this article ("¥" -> "JPY" in a Japanese one).

    A word or unambiguous symbol ("rupees", "US$", "₹") is CURRENCY_WORDS' entry. For "¥", the
    yuan or the yen: the one the article names in words when it names only one of them; else
    the one of China and Japan it is about when it names only one of them (its name, people or
    cities: "TOKYO • Japan's budget ... ¥100 trillion"); else the outlet's country (a Japanese
    outlet's ¥ is the yen, a Chinese one's the yuan); else the yuan. "Rs", "pesos" and "pounds"
    are read the same way (pounds in a story from Cairo are Egyptian). For "$": the dollar the article says its figures are in ("all figures in Canadian
    dollars"); else the outlet's own dollar when it publishes from Australia, Canada, Hong Kong,
    Singapore or New Zealand (where "US$" marks the US dollar); else the US dollar. The outlet's
    country is its domain's country code (.jp, .com.au, ...) or, for a few outlets on .com and
    .net, their name (nikkei.com, scmp.com, straitstimes.com, ...).
    """
    token = symbol.strip().lower()
    code = CURRENCY_WORDS.get(token) or (token.upper() if token.upper() in CURRENCIES else None)
    if code is None:
        raise ValueError(f"unknown currency word or symbol {symbol!r}; add it to CURRENCY_WORDS in units.py")
    if token not in AMBIGUOUS_SYMBOLS:
        return code
    local = _LOCAL_CURRENCY.get(_outlet_country(article.outlet), "")
    if token != "$":
        family = _FAMILY.get(token.rstrip("s."), token)
        for signs in (_NAMED_IN_WORDS[family], _COUNTRY_WORDS[family]):
            # ("Lanka Indian Oil Company": a country's word inside a company's name names no country)
            named = [c for c, words in signs.items()
                     if any(not _inside_a_name(m) for m in words.finditer(article.text))]
            if len(named) == 1:
                return named[0]
        # (a story of Tanzania's budget that names Kenya and Uganda once, as its region's: the country it names at least
        # twice as often as any other)
        counts = sorted(((len(words.findall(article.text)), c) for c, words in _COUNTRY_WORDS[family].items()),
                        reverse=True)
        if counts[0][0] >= 2 * max(counts[1][0], 1):
            return counts[0][1]
        return local if local in AMBIGUOUS_SYMBOLS[token] else code
    stated = _DOLLARS_STATED.search(article.text)
    if stated:
        return _DOLLAR_NAMES[stated.group("which").lower().replace(".", "")]
    return local if local in AMBIGUOUS_SYMBOLS["$"] else code


def _outlet_country(host: str) -> str:
    """"JP" for asia.nikkei.com or japantimes.co.jp; "" where the domain does not say."""
    host = host.lower().removeprefix("www.")
    for outlet, country in _OUTLETS.items():
        if host == outlet or host.endswith("." + outlet):
            return country
    return _COUNTRY_CODES.get(host.rpartition(".")[2], "")
