"""Find every number an article mentions: amounts, percentages, counts, dates and periods.

Each pattern below finds one family of mention; where two overlap, the longest wins
("fourth quarter of 2024" over "2024", "24 percent" over "24"), so the result reads
as a person would underline the text. Patterns are built from named, commented parts
so a new printed form (a currency, a scale, a unit) is one edit.

Why not quantulum3: tried on the seed, it reads "1-trillion-yuan" as 500 billion,
"($140 billion)" as negative and "six key" as 6000 exayears, misses weekdays, months
and relative dates, and takes 3 s to import, most of a build's time budget.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from dataclasses import dataclass

from .printed import MILLION_AND_THOUSANDS, NUMBER_WORDS, million_and_thousands
from .printed import ORDINAL_WORDS as ORDINAL_NUMBERS
from .units import CURRENCIES, CURRENCY_WORDS, SCALE_ABBREVIATIONS

# Numbers --------------------------------------------------------------------------------
# 1,200 / 12,34,567 (Indian grouping) / 19.9 / 900 / 69 849 and 4 233 (groups of three set apart by a space,
# as South African and French outlets print thousands; never glued to a letter, so "10 100m" stays two numbers)
# ("ZAR1 519.02 billion": decimals after the groups too)
_SPACE_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)"
# ("Rs 10,2686.50 crore": a misplaced comma inside one number with decimals, not 10,268 and a stray 6.50)
# ("a little over 100, 000 barrels": a space typed after a thousands comma before round thousands, which no list of
# numbers has as an item)
# ("sales of 3,79, 839 units": a space typed after the last comma of an Indian grouping; but "were 14,74, 821 and
# 5,277" is a list, its first item misprinted)
# ("US$1,19 billion", "a rise of 96,56%": a decimal comma, as Indonesian and European outlets print one, before a
# scale word or a percent sign; a comma with fewer than three digits after it groups no thousands)
# ("Household Equipment (-.18pp)", "$.50 a share": decimals with no leading zero, after a space, bracket, sign or
# currency sign; never after a word or a number, so "3.5" stays one number, "Fig.5" none, and the typo "39 .73"
# no .73)
NUM = (rf"{_SPACE_GROUPED}|\d{{1,3}}(?:,\d{{2,4}})+\.\d+|\d{{1,3}}(?:,\d{{3}})*, 000(?![\d.,])|\d{{1,2}}(?:,\d{{2}})+, \d{{3}}(?![\d.,]|\s+(?:and|or)\s+\d)|"
       rf"\d{{1,3}}(?:,\d{{2,3}})*,\d{{3}}(?:\.\d+)?|\d{{1,3}},\d{{1,2}}(?=\s?(?:billion|million|trillion|bn|mn|tn)\b|\s?%)|"
       # ("from 168, 061 to 264,184 cases": a space typed after any thousands comma; not "rose by 200, 161 and 252
       # percent", a list of small numbers, nor "51-100, 101-150", ranges)
       rf"(?<![\d,.\-–])[1-9]\d{{0,2}}(?:, \d{{3}})+(?![\d.,\-–]|\s+(?:and|or)\s+\d{{1,3}}(?![\d,]))|"
       rf"\d+(?:\.\d+)?|(?<=[\s(+\-−–$€£])(?<!\d\s)\.\d+")
# ("Rs 90, 888.41 crore": after a currency sign, a space typed after a thousands comma, the decimals closing the number)
# ("US $925, 8 million": after a currency sign, a decimal comma with a space typed after it, before a scale word; no
# list of amounts has a second item of one or two digits with a scale and no currency sign of its own)
# ("Rs20. 93 million", "US$2. 23 billion": after a currency sign, a space typed after the decimal point, before a scale
# word; no sentence ends on a bare currency sign's digits and opens on a figure with its scale)
# ("from R111 to R139,11": after a currency sign, two digits after a comma and no more, a decimal comma; an Indian
# grouping, "Rs 1,25,000", goes on)
_MONEY_NUM = (rf"\d{{1,3}}(?:,\d{{2,3}})*, \d{{3}}\.\d+(?!\d)|\d{{1,3}}, \d{{1,2}}(?=\s?(?:billion|million|trillion|bn|mn|tn)\b)|"
              rf"\d{{1,3}},\d{{2}}(?![\d,]|\.\d)|"
              rf"\d{{1,3}}\. \d{{1,3}}(?=\s?(?:billion|million|trillion|bn|mn|tn|crore|lakh)\b)|"
              rf"{NUM}")
_WORDS = sorted((w for w in NUMBER_WORDS if w not in ("zero",)), key=len, reverse=True)
WORDNUM = "|".join(_WORDS)
# Scale words, spelled out or abbreviated; "lakh crore" before "lakh" and "crore".
# ("Rs. 87621.80 millions", "Rs 500 crores": the plural some outlets print)
# (with the common slips of a scale word's double l: "€1 bilion (US$1.6 billion)", "5 milion")
# ("1.82 tril-lion U.S. dollars": a word broken at a line's end in print, its hyphen kept)
SCALE = (r"lakh crores?|lakh cr\b\.?|quadrillions?|tril-?lions?|bil-?l?ions?|mil-?l?ions?|thousands?|crores?|lakhs?|tril|tln|"
         r"trln|trn|tn|bln|bn|bil|mn|mil|mln|cr")
# Abbreviations only read as scales when glued to the number: "10m", "5k", "1.804tr"; after a currency sign
# also "RM3.7t", "9.5L crore" (alone, "5t" is as likely five tonnes).
GLUED_SCALE = r"tr|b|m|k"
GLUED_MONEY_SCALE = r"tr|t|b|m|k|L ?crore"

# Currencies -----------------------------------------------------------------------------
CURRENCY_WORD = (r"yuan|renminbi|RMB|dollars?|euros?|pounds?(?: sterling)?|yen|won|rupees?|roubles?|rubles?|"
                 r"ringgit|naira|baht|rupiah|riyals?|rials?|dirhams?|pesos?|taka|shillings?|rand|lira|liras|hryvnias?|hryvnas|"
                 r"dong|kwacha|kina|francs?|cedis?|zlotys?|forints?|korunas?|lei|leu|leva|shekels?|birr|kronor|kroner|krona|krone|dinars?|litas|litai|litu|patacas?|"
                 # ("574.4 trillion VND (22.5 billion USD)": an ISO code after the number, in capitals; not after a
                 # year, "In 2024 USD inflows rose")
                 r"(?<!(?:19|20)\d\d[\s-])(?-i:" + "|".join(sorted(CURRENCIES)) + r")")
# "126.7 billion U.S. dollars", "Indian rupees"
# ("34.7 billion Egyptian pounds", "1.2 billion Saudi riyals": the country's adjective, whichever currency follows)
COUNTRY = (r"(?:U\.?S\.?|US|Hong Kong|Singapore|Australian|Canadian|Taiwan|New Taiwan|Indian|Pakistani|Japanese|"
           r"South Korean|Korean|Malaysian|Nigerian|Kenyan|Chinese|Philippine|Indonesian|Thai|Vietnamese|Egyptian|"
           r"South African|Mexican|Brazilian|Russian|Turkish|Saudi|Qatari|Emirati|UAE|Kuwaiti|Omani|Bahraini|Jordanian|"
           r"Moroccan|Tunisian|Algerian|Ghanaian|Ugandan|Tanzanian|Zambian|Malawian|Zimbabwean|Ethiopian|Namibian|"
           r"Bangladeshi|Sri Lankan|Nepalese|Nepali|New Zealand|Swiss|Swedish|Norwegian|Danish|Polish|Czech|"
           r"Hungarian|Romanian|Ukrainian|Israeli|Argentine|Chilean|Colombian|Peruvian|Jamaican|Eastern Caribbean|"
           r"Iranian|Iraqi|Lebanese|Kazakh|Mongolian|Cambodian|Brunei|Taiwanese|Trinidad and Tobago|Trinidad|Fiji|Fijian|"
           r"Liberian|Bahamian|Barbados|Barbadian|Guyanese|Belize|Belizean|Zimbabwe)\s")
# Signs and codes written before the number: "$140", "Rs 318", "Rs.104166", "₹880", "RM3.7t", "W7tr", "USD1.1",
# "P1.069 trillion" and "₱245.9 billion" (Philippine pesos), "N2.5 trillion" (naira), "Rp 1.2 trillion" (rupiah),
# "Tk 5,000 crore" (taka), "Dh5 billion" (dirhams), "GH¢1.2 billion" (cedis), "QR3.5 billion" (Qatari riyals), the
# dollar signs of the Latin American currencies ("R$7.9 billion" reais, "MX$", "Col$") and the Eastern Caribbean's
# ("EC$58.9 million", no Canadian dollars), Jamaica's and Trinidad's ("J$635.33 billion", "TT$2 billion"), the dollars
# named by their country's letters ("NZ$833", "CA$", "FJ$"; Namibia's "N$118.60 billion", no US dollars), and any
# ISO code of units.py,
# with the dollar sign some outlets add ("PHP 1.2 billion", "ZAR 300", "COP$330 billion"). Case matters: "Rs 16" is
# rupees, "registers 16" is not.
CURRENCY_PREFIX = (r"(?-i:US\$|HK\$|NZ\$|CA\$|FJ\$|(?<![A-Za-z])N\$|R\$|MX\$|Mex\$|CO[LP]\$|Col\$|NT\$|(?<![A-Za-z])EC\$|(?<![A-Za-z])J\$|TT\$|AU?\$|C\$|S\$|\$US|\$NZ|\$A(?=\s?\d)|\$|€|£|¥|₹|₩|₦|₱|₺|Rs\.?|RMB|RM|Rp\.?|Tk\.?|Dhs?\.?(?=\s?\d)|"
                   # ("UShs 52.7 trillion", "Shs14 trillion": Uganda's shilling as its press prints it)
                   r"GH[¢₵]|QR(?=\s?\d)|KSh\.?|Ksh\.?|U[Ss]hs?\.?(?=\s?\d)|(?<![A-Za-z])Shs\.?(?=\s?\d)|Sh\.?(?=\s?\d)|"
                   # (a capital that ends a code the project does not know is no sign: "SZL2.3 billion" is no pound ("L");
                   # "stood atN2.78tn", a word run into the naira's sign, still is)
                   r"SR(?=\s?\d)|(?<![A-Z])(?:W|R|P|N)(?=\d)|"
                   # ("L5.58 billion": the pound's sign as older wire copy typed it, only before a scaled amount)
                   r"(?<![A-Za-z])L(?=\d[\d,]*(?:\.\d+)?\s?(?:billion|million|bn|mn)\b)|"
                   # ("K26.5billion", "K3.87 trillion", "around K600 per kilogram": the kwacha's sign, only before a
                   # scaled amount or a price; "K9" and "K12" are a dog unit and school grades)
                   r"(?<![A-Za-z])K(?=\d[\d,]*(?:\.\d+)?\s?(?:trillion|billion|million|bn|mn)\b|"
                   r"\d[\d,]*(?:\.\d+)?\s+(?:per|a)\s+(?:kilo(?:gram(?:me)?)?s?|kg|tonnes?|tons?|litres?|liters?|bags?)\b)|"
                   + "|".join(sorted(CURRENCIES, key=lambda code: (-len(code), code))) + r")\$?(?![A-Za-z])")

# Units ----------------------------------------------------------------------------------
PERCENT_UNIT = r"percentage points?|per\s?cent(?:age)? points?|per\s?cent|percent|pct|pc\b|%|pp\b|basis points|bps\b"
# The hours of an energy unit's name ("kilowatt hours", "kilowatt-hours"; "55.8 billion kilowatt (kWh) hours": the
# abbreviation set in the middle of the name)
# (or one word, "14 billion kilowatthours", as the US Energy Information Administration writes it)
_HOURS = r"(?:[- ]|\s\([kMGT]Wh\)\s)?hours?"
# Physical units and what each is in the project's unit table (units.py).
PHYSICAL_UNITS = {
    # ("7,626 gigawatts per hour (GWh)": energy misnamed, as the bracket says)
    rf"gigawatt{_HOURS}|gigawatts? per hour|GWh": "GWh", rf"terawatt{_HOURS}|TWh": "TWh",
    rf"megawatt{_HOURS}|megawatts? per hour|MW-hours?|MWh": "MWh",
    rf"kilowatt{_HOURS}|kWh": "kWh", r"gigawatts?|GW": "GW", r"megawatts?|MW": "MW", r"kilowatts?|kW": "kW",
    r"terawatts?|TW": "TW",
    # ("880.72 million tonne": Indian English writes the singular after a scale)
    r"(?:metric )?tonnes?|(?:metric )?tons?": "tonnes",
    # ("emissions of 36.8 gigatonnes of CO2")
    r"giga-?tonn?es|gigatons": "Gt", r"mega-?tonn?es|megatons": "Mt",
    # ("jumped 23.8% to 68 mt from 55 mt", "13,017 kg of gold": the metal trade's metric tonnes, in lower case, and
    # kilograms; "totaled 21.987 million MT": in capitals after a scale word)
    r"(?-i:mt|MT)": "tonnes", r"kilogra(?:m|mme)s|kg": "kg",
    # ("55.3 t (1.78 million oz)": a mine's tonnes and troy ounces, as the metal trade abbreviates them; not
    # "13.32t yuan", trillions of a currency)
    r"(?-i:t)(?![-'’])(?!\s*(?:[A-Za-z]+\s+)?(?:" + CURRENCY_WORD + r"|(?-i:[A-Z]{3}))\b)": "tonnes",
    r"(?:troy )?ounces?|(?-i:oz)": "ounces",
    r"barrels (?:per|a) day|bpd|b/d": "barrels per day", r"barrels": "barrels",
    r"cubic f(?:ee|oo)t (?:per|a) day": "cubic feet per day",
    r"cubic met(?:er|re)s": "cubic metres", r"cubic f(?:ee|oo)t": "cubic feet", r"kilomet(?:er|re)s|km": "km",
    # ("up from 3.75 million ha (9.3 million acres)": the hectare's symbol)
    r"hectares|(?-i:ha)\b": "hectares",
    # ("2.4 million sq. ft. of direct space", "371,612 m²", "3,800 square kilometres"): areas of floor and land
    r"square\s+f(?:ee|oo)t|sq\.?\s?f(?:ee|oo)?t\b|sqft\b": "square feet",
    r"square\s+kilomet(?:er|re)s?|sq\.?\s?km\b|km²|(?-i:km2)\b": "sq km",
    r"square\s+met(?:er|re)s?|sq\.?\s?m\b|sqm\b|m²|(?-i:m2)\b": "square metres",
    r"square\s+miles?": "square miles",
    r"acres": "acres", r"litres|liters": "litres",
    # ("falling by an annual 2.76% to 4.9 million kiloliters", "beer sales of 21.3 million hectolitres")
    r"kilolit(?:re|er)s?": "kilolitres", r"hectolit(?:re|er)s?": "hectolitres",
    # a stock index's moves ("38 points or 0.09 per cent higher"); "a 10-point plan" is no quantity of points
    r"points|pts": "points",
}
# Units that carry their own scale: "1.18mbpd" is 1.18 million barrels a day.
SCALED_UNITS = {r"mbpd|mb/d|mmbpd|mbd": ("million", "barrels per day"), r"tb/d|kbpd|kb/d": ("thousand", "barrels per day"),
                r"bcm": ("billion", "cubic metres"),
                # natural gas in the US way: "91.87 Bcf/d", "5.2 Tcf", "850 MMcf/d"
                r"bcf[/.]d|bcfd": ("billion", "cubic feet per day"), r"bcf": ("billion", "cubic feet"),
                r"tcf": ("trillion", "cubic feet"), r"mmcf/d|mmcfd|mmscfd": ("million", "cubic feet per day"),
                # "supplying 949.6 BU" (a space between): billion units, as India's power statistics write billions
                # of kWh; upper case only, "bu" being bushels
                r"(?-i:BU)": ("billion", "kWh"),
                # ("decreased by 28 BkWh": billion kilowatthours, as the US Energy Information Administration writes)
                r"(?-i:BkWh)": ("billion", "kWh"),
                # and "1,450 MU", million units; "12.5 MMT" and "3.2 Mt", million (metric) tonnes; "35 LMT", lakh
                # metric tonnes; "596.24 MT", metric tonnes, unless the article says they are millions (find_mentions)
                r"(?-i:MU)": ("million", "kWh"), r"(?-i:MMT|Mt)": ("million", "tonnes"), r"(?-i:LMT)": ("lakh", "tonnes"),
                r"(?-i:MT)": ("", "tonnes"), r"(?-i:koz)": ("thousand", "ounces"), r"(?-i:Moz)": ("million", "ounces"),
                # ("8.2Gt CO2e traded in 2009"): billions of tonnes, as emissions are counted
                r"(?-i:Gt)": ("billion", "tonnes")}
# Abbreviations of units read only after a space and in capitals ("BU", not "bu", bushels)
# (and gas volumes in any case: "91.87 Bcf/d", "3 bcm")
# (and oil flows: "to average 8.56 mbd", "9.8 mb/d")
_SCALED_APART = r"(?-i:BkWh|BU|MU|MMT|Mt|LMT|MT|koz|Moz)|(?i:bcf[/.]d|bcfd|bcf|tcf|mmcf/d|mmcfd|mmscfd|bcm|mbpd|mb/d|mmbpd|mbd|kbpd|kb/d|tb/d)"
# "777.23 Million Tonnes (MT)", "million metric tonnes (MT)": the article's own MT is millions; so, where it defines
# none, is an article that speaks of million tonnes
_MT_IN_MILLIONS = re.compile(r"(?i)\bmillion\s+(?:metric\s+)?tonn?es?\b")
_SCALE_BEFORE_MT = re.compile(r"(?i:million|billion|thousand|lakh|crore)\s+(?-i:MT)\b")
_MT_DEFINED = re.compile(r"(?i)\b(?:(million|lakh|thousand)\s+)?(?:metric\s+)?tonn?es?\s*\(\s*MT\s*\)")
PHYSICAL = "|".join(PHYSICAL_UNITS)
SCALED = "|".join(SCALED_UNITS)
# What a per-unit figure is per: "$0.02 per share", "Rs 12 a share", "$100 million a day".
PER = (r"(?:(?:per|a|each)\s(?P<per>share|person|capita|day|week|month|year|tonne|barrel|unit|household|kWh|MWh|litre|liter|kg|kilogram|gallon|ton|head|employee|passenger|student|patient|night|hour|hectare|acre)\b"
       r"(?!\s(?:ago|earlier|before|after|later|prior|previously|back)\b)"
       # "an average of £69m per club": after "per", any thing counted ("per cent" is a percentage)
       r"|per\s(?P<per_any>(?!cent\b|annum\b)[a-z]{3,}))\b")

# "4.72 tons/ha", "180 bu/acre": a crop's yield, per the area it grew on
_PER_AREA = r"/(?P<per_area>ha|hectares?|acres?|ac)\b"

# Dates and periods -------------------------------------------------------------------------
MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# "January and February", "November and December": two months running, one after the other
_MONTHS_RUNNING = "|".join(f"{a} and {b}" for a, b in zip(calendar.month_name[1:], calendar.month_name[2:] + ["January"]))
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ORDINAL_WORDS = "first|second|third|fourth|1st|2nd|3rd|4th"
# "fiscal 2018-19", "FY19", "FY2020", "FY 2019", and "2022-23" or "2017/18" alone (a year written that way is a
# fiscal year; "2018/09/11", a date, is not)
# ("6MFY24", "11MFY24": the first months of a fiscal year, counted)
# ("9MFY24", "nine months FY2020", "9 Months FY 2019": the first months of a fiscal year, counted; not after "first",
# "last" or "past", which the duration's own words read)
# ("1HFY23": the fiscal year's first half; "9MCY23", "1HCY23", "CY23": the first months of a calendar year, or all of it,
# in the labels of South Asian brokers' notes)
FISCAL = (r"\b(?:\d{1,2}M|[12]H)?CY\s?(?:(?:19|20)\d{2}|\d{2})\b"
          r"|(?:\b\d{1,2}M|\b1H|(?<!first )(?<!last )(?<!past )\b(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven)"
          r"\s+[Mm]onths?\s+(?:of\s+)?(?=(?:fiscal|financial|FY)))?(?:(?:fiscal|financial|budget)(?: year)?\s?|FY\s?)(?:\d{4}(?:[-–/]\d{2,4})?|\d{2}(?:[-–/]\d{2})?)"
          r"|\b(?:19|20)\d{2}[-–/](?:(?:19|20)\d{2}|\d{2})\b(?![-–/])")
# not "COVID-19", "G20", "A380", nor the decimals of a number glued to a sign the table lacks ("Sh121.1")
_NOT_IN_WORD = r"(?<![A-Za-z0-9])(?<![A-Za-z]-)(?<!\d[.,])"

TEMPORAL_KINDS = ("year", "quarter", "month", "weekday", "relative", "half", "fiscal", "time", "duration")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str            # amount, percent, number, physical, multiple, year, quarter, half, fiscal, month, weekday,
    #                      relative, duration, fraction, ordinal, streak
    value: str = ""      # the number as printed ("900", "One", "six"), or the date words
    scale: str = ""      # thousand, million, billion, trillion, crore, lakh, ...
    currency: str = ""   # CNY, USD, INR, ...
    unit: str = ""       # for durations: months, years; for physical figures: GW, tonnes, ...; percent or pp
    per: str = ""        # for per-unit figures: share, day, person

    @property
    def temporal(self) -> bool:
        return self.kind in TEMPORAL_KINDS


def _scale(word: str | None) -> str:
    if not word:
        return ""
    if word.startswith("L") and word.endswith("crore"):
        return "lakh crore"
    word = " ".join(word.lower().rstrip(".").lstrip("-").split())
    if word == "lakh cr":  # "5.25 Lakh Cr" in a headline
        return "lakh crore"
    word = re.sub(r"^(bi|mi|tri)l-?l?ion", r"\1llion", word)  # ("bilion", "tril-lion": misspelt, broken at a line's end)
    if word.rstrip("s") in ("quadrillion", "trillion", "billion", "million", "thousand", "crore", "lakh", "lakh crore"):
        return word.rstrip("s")
    return SCALE_ABBREVIATIONS.get(word, {"tr": "trillion", "t": "trillion"}.get(word, ""))


# Signs that are no currency word: what each stands for
_PREFIX_CODES = {"r$": "BRL", "mx$": "MXN", "mex$": "MXN", "col$": "COP", "ec$": "XCD", "j$": "JMD", "tt$": "TTD", "rm": "MYR", "w": "KRW", "l": "GBP", "r": "ZAR", "liras": "TRY", "ksh": "KES", "sh": "KES", "ush": "UGX", "ushs": "UGX", "p": "PHP", "₱": "PHP", "₺": "TRY",
                 "n": "NGN", "rp": "IDR", "tk": "BDT", "dh": "AED", "dhs": "AED", "gh¢": "GHS", "gh₵": "GHS", "qr": "QAR",
                 "sr": "SAR"}


def _currency(prefix: str | None, word: str | None) -> str:
    for token in (prefix, word):
        if token:
            token = token.strip().lower()
            if token.rstrip("$").upper() in CURRENCIES:
                return token.rstrip("$").upper()
            code = _PREFIX_CODES.get(token.rstrip(".")) or \
                CURRENCY_WORDS.get(token) or \
                CURRENCY_WORDS.get(token.rstrip("s"))
            if code:
                return code
    return ""


def _physical(text: str | None) -> tuple[str, str]:
    """(scale, unit) of a physical unit as printed."""
    if not text:
        return "", ""
    for pattern, (scale, unit) in SCALED_UNITS.items():
        if re.fullmatch(pattern, text, re.I):
            return scale, unit
    for pattern, unit in PHYSICAL_UNITS.items():
        if re.fullmatch(pattern, text, re.I):
            return "", unit
    return "", ""


# ("Rs. 73.08  millions": a scale after a doubled space is the number's still)
_SCALE_PART = rf"(?:(?:[ \t]{{1,2}}|[\s-])?(?P<scale>{SCALE})\b|(?P<glued>{GLUED_SCALE})(?![A-Za-z]))"
# ("US$72.178-B", "P4-T": a capital letter after a hyphen, the headline's short scale of money)
# ("$ 548.1 m, but down": a sign, then the number and its letter set apart by spaces; "US$0.33 B in February" too)
_MONEY_SCALE_PART = rf"(?:(?:[ \t]{{1,2}}|[\s-])?(?P<scale>{SCALE})\b|(?P<glued>{GLUED_MONEY_SCALE}|-[BMT]|[ ](?-i:[mbMB])(?=[,.;)]|\s))(?![A-Za-z]))"
# (kind, pattern); named groups: num, word, scale, glued, cur_pre, cur_word, unit, phys, scaled, per
PATTERNS = [
    # Periods first among equals: "fourth quarter of 2024" is one mention, not a quarter and a year.
    # "third quarter of fiscal 2018-19", "third quarter of FY25-26", "Q3FY20", "3QFY24-25", "3Q 2025", "the December quarter"
    # "the fiscal third quarter of 2015", "the third fiscal quarter of 2015", "fiscal Q3 2015"
    # ("compared with the first quarter in 2019": "in" a year as "of" it)
    ("quarter", rf"\b(?:(?:fiscal|financial)\s+)?(?:{ORDINAL_WORDS})[- ](?:fiscal\s+)?quarter(?:\s+(?:of|in)\s+(?:(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)?"
                # ("the third quarter of FY26": a fiscal year's two digits after its label)
                rf"(?:\d{{4}}(?:[-–]\d{{2}})?|\d{{2}}[-–]\d{{2}}|(?<=FY)\d{{2}}\b|(?<=FY )\d{{2}}\b|this year|last year)"
                rf"|\s+(?:19|20)\d\d\b(?![-–/,.]\d))?"
                # ("3QCY23", "Q2CY23": a calendar year's quarter, in a broker's labels)
                # ("in Q3’23, posting a 40 koz deficit": the year's last two digits after an apostrophe)
                rf"|\b(?:fiscal\s+)?Q[1-4](?:['’]\d{{2}}\b|\s*(?:FY\s?|CY\s?)?\d{{2,4}}(?:[-–]\d{{2}})?"
                # ("Q2 of fiscal year 2025", "Q3 of FY24": the fiscal year named after "of")
                rf"|\s+(?:of|in)\s+(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)"
                rf"(?:\d{{4}}(?:[-–]\d{{2}})?|\d{{2}}[-–]\d{{2}}|(?<=FY)\d{{2}}|(?<=FY )\d{{2}}))?\b"
                rf"|\b[1-4]Q(?:\s*(?:FY\s?|CY\s?)?\d{{2,4}}(?:[-–]\d{{2}})?)?\b"
                # "the October-December quarter of the previous fiscal": a quarter named by its months, a year back
                rf"|\b(?:(?:{MONTHS}|May)[-–])?(?:{MONTHS}|May) quarter\b"
                rf"(?: of the (?:previous|last|preceding) (?:fiscal|financial|year)(?: year)?\b| a year (?:ago|earlier|before)\b"
                rf"| last year\b)?"),
    # ("H1'24": a year's last two digits after an apostrophe)
    # ("in first half 2015", "the third quarter 2019": the year may follow with no "of")
    ("half", r"\b(?:first|second|1st|2nd)[- ]half(?:\s+of\s+(?:\d{4}|this year|last year)|\s+(?:19|20)\d\d\b(?![-–/,.]\d))?"
             r"|\bH[12](?:\s*\d{4}|['’]\d{2})?\b"),
    ("fiscal", FISCAL),
    # "the quarter ended December 31, 2019", "the nine months ended Dec. 31, 2019": periods named by their last day
    # ("the quarter ended December 2019": the day may be left out)
    # ("its quarter that ended in December": a relative clause between)
    # ("the quarter ended 31 December 2022": the day may come first, as British and Indian outlets print it)
    ("quarter", rf"\b(?:quarter|three months|3 months)(?:\s+(?:that|which))? end(?:ed|ing|s)(?: on| in)?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS}|May|"
                rf"(?:{MONTH_ABBREVIATIONS})\.?)(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"),
    # "the March 2023 quarter", "the June quarter": the quarter that ends in that month
    ("quarter", rf"(?<=\bthe )(?:{MONTHS}|May)(?:,?\s+\d{{4}})?\s+quarter\b"),
    # "in the financial year ended March 31", "for the fiscal year ending June 30, 2023": the twelve months to then
    # (and "in the fiscal year that ended Sept. 30": a relative clause between)
    ("duration", rf"\b(?:(?:fiscal|financial)\s+)?(?P<unit>year)(?:\s+(?:that|which))? end(?:ed|ing)(?: on| in)?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                 rf"(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"),
    # ("in four months to April", "in the 12 months ending in September", "the three months through August", "the 24
    # months up to June 2021": the months that end in it)
    # ("in the seven days ending 27 March", "the four weeks to 3 September": days or weeks that end on a day named)
    ("duration", rf"\b(?:(?P<num>\d{{1,2}})|(?P<word>{WORDNUM}))[- ](?P<unit>days?|weeks?)(?: period)? (?:end(?:ed|ing)(?: on)?|(?:up )?to|through|till|(?:up )?until)\s+"
                 rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)|(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)\s+\d{{1,2}}\b)(?:,?\s+\d{{4}}\b)?"),
    ("duration", rf"\b(?:(?P<num>\d{{1,2}})|(?P<word>{WORDNUM}))[- ](?P<unit>months?)(?: period)? (?:end(?:ed|ing)(?: on| in)?|(?:up )?to|through|till|(?:up )?until)\s+"
                 rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"),
    # "For the nine months period", "in the nine-month period": the months to the end of the period spoken of
    ("duration", rf"\b(?<=the )(?:(?P<num>\d{{1,2}})|(?P<word>{WORDNUM}))[- ](?P<unit>months?)(?:\s+|-)period\b"),
    # "cumulative four-month inflows", "10-month exports": a total of the months to the end of the period spoken of
    ("duration", rf"\b(?:(?P<num>\d{{1,2}})|(?P<word>{WORDNUM}))-(?P<unit>month)(?=\s+(?:[a-z]+\s+)?(?:inflows|outflows|"
                 rf"exports|imports|trade|sales|revenues?|profits?|collections?|receipts|remittances|output|production|"
                 rf"spending|expenditure|deficit|surplus|earnings|income|arrivals|tally|total)\b)"),
    ("duration", rf"\b(?:first|1st|last|past|next|previous)\s+(?:(?P<num>{NUM})|(?P<word>{WORDNUM}))\s+(?P<unit>months?|years?|weeks?|days?|quarters?)\b"),
    # "7M’24", "9M'23": the first months of a calendar year, counted, the year's last two digits after an apostrophe
    ("duration", r"\b(?P<num>\d{1,2})M['’]\d{2}\b"),
    # "during the first month this year": January
    ("duration", r"(?<=\bthe )first\s+(?P<unit>month)\b"),
    ("amount", rf"(?P<cur_pre>{CURRENCY_PREFIX})\s?(?P<num>{_MONEY_NUM}){_MONEY_SCALE_PART}?(?:[\s-](?P<cur_word>{CURRENCY_WORD})\b)?(?:\s{PER})?"),
    # ("total sales of 805 Indian rupees crore": the currency's words, then the scale, as "Rs 805 crore" translated)
    ("amount", rf"{_NOT_IN_WORD}(?P<num>{NUM})[\s-](?:{COUNTRY})?(?P<cur_word>{CURRENCY_WORD})\s(?P<scale>{SCALE})\b"),
    # ("928.0 mil. Euros": a scale's abbreviation, its full stop, then the currency)
    ("amount", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?:[\s-]?(?P<scale>{SCALE})(?:(?:(?<=mil)|(?<=bil)|(?<=mn)|(?<=bn)|(?<=mln)|(?<=bln))\.)?)?"
               rf"[\s-](?:{COUNTRY})?(?P<cur_word>{CURRENCY_WORD})\b(?:\s{PER})?"),
    # ("Shillings 768 billion (US Dollar 210 million)": the currency's word before the number, as some outlets print
    # it; with the scale after, so "the dollar 3 per cent" or "pesos 10 times" stays no amount)
    ("amount", rf"(?<![A-Za-z])(?:(?-i:US|U\.S\.)\s)?(?P<cur_word>{CURRENCY_WORD})\s(?P<num>{_MONEY_NUM}){_MONEY_SCALE_PART}"),
    # ("two billion Omani rials": the country's adjective here too)
    ("amount", rf"\b(?P<word>{WORDNUM})[\s-](?P<scale>{SCALE})\b(?:[\s-](?:{COUNTRY})?(?P<cur_word>{CURRENCY_WORD})\b)?"),
    # "20 cents per share", "45p a share" is no count: hundredths of the article's dollar, the pound, the rupee
    ("amount", rf"{_NOT_IN_WORD}(?<![$€£¥₹])(?P<num>{NUM})[\s-]?(?P<subunit>cents?|pence|paise)\b(?:\s{PER})?"),
    # ("up 3.2% at 536.60p", "an interim dividend of 6.5p": pence glued to the number, in lower case; not "5p.m.")
    ("amount", rf"{_NOT_IN_WORD}(?<![$€£¥₹])(?P<num>{NUM})(?P<subunit>(?-i:p))\b(?!\.m)(?:\s{PER})?"),
    ("physical", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?:(?P<scaled>{SCALED})\b|\s(?P<scaled_apart>{_SCALED_APART})\b|{_SCALE_PART}?[\s-]?\(?(?P<phys>{PHYSICAL})\b\)?(?:\s{PER}|{_PER_AREA})?)"),
    ("percent", rf"{_NOT_IN_WORD}(?:(?P<num>{NUM})|\b(?P<word>{WORDNUM}))[\s-]?(?P<unit>{PERCENT_UNIT})"),
    # "over the past two months-4.5 per cent in November": a dash typed as a hyphen, glued to the word before
    ("percent", rf"(?<=[a-z]{{3}}-)(?P<num>\d+\.\d+)\s?(?P<unit>{PERCENT_UNIT})"),
    # ("Egypt saw %2.7 more marriages": the sign before the number, as some translated copy prints it)
    ("percent", r"(?<![\w%.,])(?P<unit>%)(?P<num>\d{1,3}(?:\.\d+)?)(?![\d%]|[.,]\d)"),
    ("multiple", rf"\b(?:doubled|tripled|quadrupled|halved|twice)\b|{_NOT_IN_WORD}(?:(?P<num>{NUM})|\b(?P<word>{WORDNUM}))[- ]?fold\b"
                 # ("3 and a half times greater": the half is the multiple's)
                 rf"|{_NOT_IN_WORD}(?:(?P<num2>{NUM})|\b(?P<word2>{WORDNUM}))(?P<half>\sand\sa\shalf)?\s(?=times\b)times"),
    ("number", rf"{_NOT_IN_WORD}(?P<num>{NUM}){_SCALE_PART}"),
    ("fraction", r"\b(?:one|two|three|four|a)[- ](?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\b(?! of (?:the )?(?:year|fiscal))"
                 # "for a seventh straight year", "a third time": an ordinal, not a fraction
                 r"(?![- ](?:straight|consecutive|successive|time|times|year|month|quarter|day|week|term|round|"
                 r"place|largest|biggest|highest|lowest)\b)"
                 # ("on a quarter-on-quarter basis", "a half-over-half rise": a basis, not a fraction)
                 r"(?![- ](?:on|over)[- ])"
                 r"|\b(?:more|less) than half\b|\bhalf of\b|\bdouble-digit\b|\bsingle-digit\b"
                 # ("one in five children", "1 in 10 adults", "two out of every three": a share told as a ratio)
                 r"|\b(?:one|two|three|four|[1-4])[- ](?:in|out[- ]of)[- ](?:every[- ])?"
                 r"(?:three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d{1,2})\b"
                 r"(?![- ]?(?:percent|per\s?cent|%|million|billion|thousand|years?|months?|weeks?|days?|cases?\s+of)\b)"),
    # ("power consumption in January and February rose 26 percent": two months running, told together, as Chinese
    # statistics report them; not "in January and February respectively", nor "targeted Sh1.579 trillion and Sh1.538
    # trillion in October and November", two figures of a month each (`_mention`); a pattern of its own, so that
    # the months, when it is not, are found one by one)
    # (a sentence may open with them: "In January and February, the export of fireworks in liuyang was")
    ("month", rf"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Ff]or )|(?<=\b[Oo]ver ))(?:{_MONTHS_RUNNING})"
              rf"(?:,? \d{{4}}\b(?![-–/]\d))?(?![^.;]*\brespectively\b)"),
    # ("(4−6/2009: EUR 162.4 million)", "1-6/2010": months by their numbers, then the year, as Nordic releases label
    # the year before's quarter or half)
    ("month", r"(?<![\d.,/])\b(?:1[0-2]|0?[1-9])\s?[-–−]\s?(?:1[0-2]|0?[1-9])/(?:19|20)\d\d\b(?![\d.,]\d)"),
    # "for the period from July to September" first: a range, not July
    # ("during October ’21", "Sept'23": a month and its year's last two digits after an apostrophe)
    ("month", rf"\b(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)\s?['’]\d{{2}}\b"
              rf"|\b(?:{MONTHS}|May) \d{{4}}(?: (?:to|through|until|and) |\s?[-–]\s?)(?:{MONTHS}|May) \d{{4}}\b"
              # "in the first 20 days of March": the days of a month from its first
              rf"|\bfirst (?:\d{{1,2}}|{WORDNUM}) days of (?:{MONTHS}|May)\b(?:,? \d{{4}}\b)?"
              # "In the February 1-23 period", "Feb. 1-16, 2025", "from May 14 to 20": a span of days within one month
              rf"|\b(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?) \d{{1,2}}(?:\s?[-–]\s?\d{{1,2}}\b(?![.,]\d|\s?(?:%|per\b|per\s?cent|pc\b))"
              # ("from May 14 to 20 cases" would be a count: no word after the day)
              rf"|\s(?:to|through|until)\s\d{{1,2}}\b(?![.,]\d|\s?(?:%|per\b|per\s?cent|pc\b|[a-z])))"
              rf"(?:,? \d{{4}}\b)?"
              # "from Jan. 1 to July 2", "January 1 to June 25, 2022": a span of days, read as its months
              rf"|\b(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?) \d{{1,2}}(?:,? \d{{4}})? (?:to|through|until|-|–) "
              rf"(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?) \d{{1,2}}\b(?:,? \d{{4}}\b)?"
              # ("the week of 29 May-4 June 2011": the dash typed without spaces)
              rf"|\b\d{{1,2}} (?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)(?: \d{{4}})?(?: (?:to|through|until) |\s?[-–]\s?)"
              rf"\d{{1,2}} (?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)\b(?: \d{{4}}\b)?"
              # "in the year to November", "the year to March 25, 2006": a year that ends in that month
              rf"|\bthe year to (?:{MONTHS}|May)(?:\s\d{{1,2}}\b)?(?:,? \d{{4}}\b)?"
              # ("in the January-to-April period"; "between July and February": the months from one to the other)
              rf"|\b(?:{MONTHS}|May)(?: (?:to|through) |-(?:to|through)-)(?:{MONTHS}|May)(?:,? \d{{4}}\b(?![-–/]\d))?"
              # (opening a sentence too: "Between January and November last year, packers ... shipped")
              rf"|\b[Bb]etween (?:{MONTHS}|May) and (?:{MONTHS}|May)(?:,? \d{{4}}\b(?![-–/]\d))?"
              rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTHS})(?:,?\s\d{{4}})?\b|\b(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\.?)\s?[-–]\s?(?:{MONTHS}|May|(?:{MONTH_ABBREVIATIONS})\b\.?)(?:,? \d{{4}}\b(?![-–/]\d)|(?: period)? of \d{{4}}\b(?![-–/]\d))?|\b(?:{MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b|(?:\b(?:[Ii]n|of|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]or|[Dd]uring) |(?<=\bfrom )|(?<=\bthan )|(?<=\bover ))May\b(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?|(?:(?<=; )|(?<=, )|(?<=and ))May\b(?=\s+(?:with|at|had|saw|recorded|\(|:|-|–)\s*\S{{0,3}}\d)|\bMay(?:\s+\d{{1,2}},?)?\s+\d{{4}}\b"
              # ("The 6.3-magnitude earthquake on 27 May", "since May 27": a day then May, or May then a day, is the
              # month, not the verb, which takes no number)
              rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\sMay\b(?:,?\s\d{{4}}\b)?|\bMay\s\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d%.,]\d|\s?(?:%|"
              rf"per\b|percent|million|billion|thousand|[a-z]+s\b))"
              rf"|\b(?:{MONTH_ABBREVIATIONS})\.?-(?:{MONTH_ABBREVIATIONS}|{MONTHS})\.?(?=\W)|\b(?:{MONTH_ABBREVIATIONS})(?:\.\s?|\s)\d{{1,2}}\b(?![\d%.,]\d|\s?(?:per|%))"
              # ("from Sept. 1, 2020": an abbreviated month's day and its year, one date; "on Aug.17": no space typed)
              rf"(?:,\s?\d{{4}}\b(?![-–/]\d))?"),
    # ("WEDNESDAY, April 8, 2020 (HealthDay News)": a wire dateline's weekday in capitals)
    ("weekday", rf"\b(?:{WEEKDAYS}|{WEEKDAYS.upper()})(?:s|S)?\b"),
    # ("while last year in the same period it was $8.16 million": the year back, then the period, the same period's)
    ("relative", r"(?i:\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)\s+(?:in|during|over|for)\s+the\s+"
                 r"(?:same|corresponding|equivalent|comparable)\s+(?:period|months?|quarter|time|half)\b"
                 r"|\b(?:last|this|next|previous|past|current)\s+(?:fiscal\s+)?(?:year|month|week|quarter|decade)\b"
                 r"|\b(?:current|ongoing|outgoing|coming|next|previous|last|this) (?:fiscal|financial|budget) year\b"
                 r"|\byesterday\b|\btoday\b|\btomorrow\b|\byear[- ]to[- ]date\b|\bfull[- ](?:fiscal[- ])?year\b|\bthe (?:whole|entire) year\b"
                 # "1,239 dengue hospitalisations, 5 deaths in a day", "in the past 24 hours": the story's day
                 r"|\bin a (?:single )?day\b|\bin (?:the )?(?:past |last )?24 hours\b"
                 r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:years?|months?|quarters?|weeks?|days?) (?:ago|earlier)\b"
                 # "the same period last year", "the same time a year earlier", "the equivalent period of the
                 # previous financial year", "the year-ago quarter", "the prior-year period"
                 # ... "the corresponding months of the previous fiscal", "the same period of last fiscal"
                 # ... "the same eleven months last year", "the same 10-month period of 2019"
                 # ("above the Sh93.37 billion that was received in a similar period last year")
                 # ("during the same month a year-ago")
                 r"|\b(?:the (?:same|equivalent|corresponding|comparable)|a similar) (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|"
                 r"nine|ten|eleven)[- ](?=months?\b|month period\b))?(?:period|months?|month period|quarter|time|half)"
                 # ("the same month (November) last year": the month's name in brackets)
                 r"(?: \([A-Za-z]{3,9}\))?"
                 r"(?: (?:of|in))? "
                 r"(?:last (?:year|fiscal)|a year[- ](?:ago|earlier)|the (?:previous|prior|preceding|last) (?:financial |fiscal )?year|"
                 r"(?:the )?(?:previous|prior|preceding|last) fiscal|the year (?:prior|before)|\d{4}(?:[-–/]\d{2}(?:\d{2})?)?(?![-–/]\d))\b"
                 r"|\bthe (?:year-ago|prior-year|year-earlier) (?:period|month|quarter|half)\b"
                 # ("compared to Rs3.58 billion in the corresponding period.": the year before's, its year left out;
                 # "the same period" alone may be the one just named)
                 r"|\bthe (?:corresponding|comparable) (?:period|quarter|month|half)(?=\s*[.,;)]|\s*$)"
                 # "30 percent lower than the same period last month": the same days of the month before
                 # ("up 7% from same period last month": the article left out)
                 r"|\b(?:the )?same (?:period|days|time) (?:last|a|the previous|the preceding) month(?: earlier)?\b"
                 # "an increase of 40,000 the month before", "from 7.7 per cent in the preceding month"
                 r"|\bthe (?:month|quarter|year) (?:before|prior)\b(?! (?:the|that|this|it|last|a)\b)"
                 r"|\bthe (?:preceding|prior) (?:month|quarter|year)\b"
                 # "during the quarter under review": the quarter the results are for
                 r"|\bthe (?:quarter|month|year|half|period) under (?:review|consideration)\b|\bthe reporting (?:quarter|period)\b)"),
    ("time", r"\b\d{1,2}:\d{2}\b(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
             r"|\b[0-2]\d[0-5]\d\s?(?:hrs|hours|GMT|IST|EDT|EST|UTC|BST|CET)\b"
             # ("at 9.00 am (CET +1)", "GMT+8": a time zone's offset, no count)
             r"|\b(?:GMT|UTC|CET|CEST|EET|EEST)\s?[+−-]\s?\d{1,2}(?::\d{2})?(?!\d)"),
    # "the period ranging from 2016-2021", "2019–2023": a span of whole years
    ("year", r"(?<![\d$-])\b(?:19[5-9]\d|20\d\d)\s?[-–]\s?(?:19[5-9]\d|20\d\d)\b(?![\d%]|[.,]\d)"),
    ("year", r"(?<![\d$-])(?<!\d[,.])\b(?:19[5-9]\d|20\d\d)\b(?![\d%]|[.,]\d)"),
    # An older year only after words that say when ("the first census in 1790", "By 1910", "between 1930 and
    # 1940"): alone, 1790 is as likely a count
    # (the year looked for first: the words before it tried at every position made this the slowest pattern)
    ("year", r"(?=1[6-9]\d\d\b)(?i:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\bbetween )|(?<=\buntil )|(?<=\bbefore )"
             r"|(?<=\bafter )|(?<=\bduring )|(?<=\bin the year )|(?<=\bbetween 1\d\d\d and ))"
             r"1[6-9]\d\d\b(?![\d%]|[.,]\d)"),
    # "for the 34th straight month", "the fifth consecutive quarter": how long a run has lasted, a count
    ("streak", rf"{_NOT_IN_WORD}(?:\d+(?:st|nd|rd|th)|\b(?:{'|'.join(w for w in ORDINAL_NUMBERS if w != 'top')}))"
               r"(?=[\s-]+(?:straight|consecutive|successive|running)\s+(?:months?|quarters?|years?|weeks?|days?|"
               r"sessions?|times?)\b)"),
    ("ordinal", rf"{_NOT_IN_WORD}\d+(?:st|nd|rd|th)\b"),
    # "in epidemiological week 42", "Week 7": a week's number in the year, a label
    ("ordinal", r"(?<=\b(?i:week) )\d{1,2}\b(?![\d.,%])"),
    # "the 5-to-9 age bracket", "a 45-year-old man", "children aged 5 to 9": who is counted, no quantity
    ("age", r"(?<![\d.,])\b(?:aged?\s+(?:between\s+|under\s+|over\s+|above\s+|below\s+)?)?\d{1,3}"
            r"(?:(?:\s?[-–]\s?|[\s-]to[\s-]|\s+and\s+)\d{1,3})?(?=[\s-]+(?:age\s+(?:groups?|brackets?|range|bands?|cohorts?)|"
            r"years?[\s-]+(?:old|of\s+age)|year-olds?)\b)"
            r"|\baged?\s+(?:between\s+|under\s+|over\s+|above\s+|below\s+)?\d{1,3}(?:(?:\s?[-–]\s?|[\s-]to[\s-]|\s+and\s+)\d{1,3})?\b"
            r"(?![.,]\d|\s*(?:%|percent|per\s?cent))"
            # "seven were in their 70s", "a man in his 40s": a decade of life
            r"|(?:(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s))(?:early\s+|mid\s+|late\s+)?\d0s\b"),
    # never the head of a longer number ("1" of "1.804xyz")
    ("number", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?![\w]|[.,]\d)"),
    ("number", rf"\b(?P<word>(?:{WORDNUM}))\b(?![- ](?:{SCALE}|percent|of\b|times\b|fold\b))"),
]
# Number words that are not numbers on their own ("a"), and idioms where "one" is no count.
_AMBIGUOUS_WORDS = {"a", "an"}
# ("597 people were homeless one night in 2022, including 327 unsheltered": when, no count)
_ONE_IDIOM = re.compile(r"(?i)(?:\b(?:no|any|every|some|each|the|this|that)\s+one\b|\bone\s+(?:of|another|day|night|"
                        r"week|month|year|hour|morning|afternoon|evening|weekend|by|way|thing|point|hand|side|time|more)\b|\bone-(?:on|to)-one\b|\bone-(?:off|stop|time|way)\b"
                        # "it will only be an interim one.", "a big one in 2020": a pronoun after its adjective
                        r"|\b(?:an?|the|this|that)\s+(?:[a-z]+\s+){1,2}one\b(?=\s*[.,;:!?)]|\s+(?:and|but|or|as|that|"
                        r"which|in|on|for|with|to)\b)"
                        # "the average price of one megawatt-hour", "per one kilogram": the unit a price is of
                        r"|\b(?:(?:price|cost|value|rate)s?\s+(?:[a-z]+\s+)?(?:of|for)|per)\s+one\s+(?=(?:mega|kilo|giga|"
                        r"tera)?(?:watt|gram|litre|liter|metre|meter)|mwh|kwh|kg|gallon|barrel|tonne|ton\b|ounce|bushel|"
                        r"square|cubic|hectare|acre|unit|share|night|room|person))")
# The currency a hundredth is of: a cent of the dollar the article means (figures.py reads which), a penny of the pound
_SUBUNITS = {"cent": "USD", "pence": "GBP", "p": "GBP", "paise": "INR"}
# "720p", "1080p": a video's lines, no pence
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "720", "1080", "1440", "2160"})
_CASE_SENSITIVE = ("month", "weekday", "year", "ordinal")
_COMPILED = [(kind, re.compile(pattern, 0 if kind in _CASE_SENSITIVE else re.IGNORECASE)) for kind, pattern in PATTERNS]
_URL = re.compile(r"https?://\S+|www\.\S+")
# "Others are Adamawa-47, Nasarawa-38, Abia-29": a list of names, each with its count after a hyphen, in a sentence or
# one per line. Three or more such items in a row read as "Adamawa 47"; a lone "Covid-19" or "Su-35" stays a name.
_NAME_DASH_COUNT = r"(?:[A-Z][a-z][\w'’.]*(?:\s[A-Z][a-z][\w'’.]*)?|[A-Z]{2,5})-\d[\d,]*\b(?![-\w])"
_NAMED_COUNTS = re.compile(rf"{_NAME_DASH_COUNT}(?:(?:,\s*(?:and\s+)?|\s+and\s+|[ \t]*\n\s*){_NAME_DASH_COUNT}){{2,}}")
_DASH_BEFORE_COUNT = re.compile(r"(?<=[A-Za-z.’'])-(?=\d)")
_DASH_BEFORE_THOUSANDS = re.compile(r"(?<=[a-z])-(?=\d{1,3}(?:,\d{3})+(?![\d,]))")


def _named_counts(found: re.Match) -> str:
    """A run of "Name-N" items with its hyphens made spaces, when most of its names are words ("FCT-194, Kaduna-83,
    Kano-59"), not codes ("COVID-19, MERS-12, H1N1-9")."""
    items = re.findall(r"([A-Za-z][\w'’. ]*?)-\d", found.group(0))
    words = sum(1 for item in items if re.search(r"[a-z]", item))
    return _DASH_BEFORE_COUNT.sub(" ", found.group(0)) if words >= 2 and words * 2 > len(items) else found.group(0)


# Words of a name around "Today": a capitalised one before and after ("India Today Television"; not "said. Today",
# whose word ends a sentence, nor a headline's "Shares Soared Today"), or an acronym before ("USA Today")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z][a-z]")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")


# "Sh1.579 trillion and Sh1.538 trillion in ": two figures, one for each of the two months after them
_TWO_FIGURES_BEFORE = re.compile(r"\d[\d.,]*\s?[A-Za-z%]{0,9}\s(?:[a-z]+\s)?and\s\S{0,4}\d[\d.,]*\s?[A-Za-z%]{0,9}\s"
                                 r"(?:in|during|for|over)\s$")
_RUNNING_FIRST = tuple(f"{name} and " for name in calendar.month_name[1:])


def _mention(kind: str, found: re.Match, idioms: "_Spans") -> Mention | None:
    groups = {k: v for k, v in found.groupdict().items() if v}
    value = groups.get("num") or groups.get("word") or groups.get("num2") or groups.get("word2") or ""
    if kind == "number" and groups.get("word") and groups["word"].lower() in _AMBIGUOUS_WORDS:
        return None
    if kind == "number" and (groups.get("word") or "").lower() == "one" and idioms.covering(found.start()):
        return None
    if kind == "amount" and groups.get("cur_pre", "").startswith("W") and not groups.get("glued") \
            and not groups.get("scale"):
        return None  # a bare "W" before a number is a won amount only with its scale: "W7tr"
    if kind == "amount" and groups.get("cur_pre") == "R" and not (groups.get("glued") or groups.get("scale")) \
            and not re.search(r"[,.\s]|\d{3}", value):
        return None  # "R7.5bn", "R1 500", "R350" are rand; "the R2" is as likely a road or a route
    if kind == "amount" and groups.get("cur_pre") in ("P", "N") and not (groups.get("glued") or groups.get("scale")) \
            and not re.search(r"[,.]", value):
        return None  # "P1.069 trillion", "N2,500" are pesos and naira; "N95" and "P2" are a mask and a paper size
    if kind == "amount" and groups.get("subunit") == "p" and value in _VIDEO_LINES:
        return None
    if kind == "relative" and found.group(0) in ("Today", "Yesterday", "Tomorrow") and (
            _ACRONYM_BEFORE.search(found.string, max(0, found.start() - 40), found.start())
            or _NAME_WORD_BEFORE.search(found.string, max(0, found.start() - 40), found.start())
            and _NAME_WORD_AFTER.match(found.string, found.end())):
        return None  # "TV Today Network", "India Today Television", "USA Today": a name's word, no day
    if kind == "month" and found.group(0).startswith(_RUNNING_FIRST) and \
            _TWO_FIGURES_BEFORE.search(found.string, max(0, found.start() - 80), found.start()):
        return None
    if kind == "fiscal" and re.fullmatch(r"(\d{4})[-–/](\d{4})", found.group(0)) and \
            int(found.group(0)[-4:]) != int(found.group(0)[:4]) + 1:
        kind = "year"  # "2019-2021" spans three years; "2022-2023", one year to the next, is a fiscal (or a season's)
    scale = _scale(groups.get("scale") or groups.get("glued"))
    currency = _currency(groups.get("cur_pre"), groups.get("cur_word"))
    if groups.get("subunit"):
        scale, currency = "cent", _SUBUNITS[groups["subunit"].lower().rstrip("s")]
    if kind == "amount" and not currency:
        kind = "number"  # "passing three million in 2014": a count in words, as "3 million" is one in digits
    unit = groups.get("unit", "")
    if kind == "percent":
        # ("85 basis points" ends in "points" too: basis points first)
        unit = "basis points" if unit.lower().startswith(("basis", "bps")) else \
            "pp" if unit.lower().startswith(("percentage", "pp")) or unit.lower().endswith(("point", "points")) else "percent"
    if kind == "physical":
        scaled, physical = _physical(groups.get("scaled") or groups.get("scaled_apart")), _physical(groups.get("phys"))
        scale = scaled[0] or scale
        unit = scaled[1] or physical[1]
        if not unit:
            return None
    if kind == "multiple" and not value:
        value = found.group(0)
    if groups.get("half"):
        value += groups["half"]
    if not value:  # dates, periods, fractions and ordinals are their own words
        value = found.group(0)
    per = groups.get("per") or groups.get("per_any") or groups.get("per_area") or ""
    per = per if per.endswith("Wh") else per.lower()
    return Mention(found.start(), found.end(), found.group(0), kind, value, scale, currency, unit,
                   _PER_NAMES.get(per, per))


# One thing a figure is per, however named: "$12.41 per kilo" and "$8.25 a kg" are prices of one unit
_PER_NAMES = {"kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilogramme": "kg", "liter": "litre", "ha": "hectare",
              "hectares": "hectare", "ac": "acre", "acres": "acre"}


class _Spans:
    """Disjoint (start, end) spans in order, asked in O(log n): the "one" idioms of a long article, found
    once rather than once per "one"."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def covering(self, position: int) -> bool:
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ends[i]


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention in the text, in order, none overlapping."""
    masked = _URL.sub(lambda m: " " * len(m.group(0)), text)
    # ("one million 407,000 barrels per day": the number in digits, right-aligned in the same width, and mapped
    # back to its words below)
    joined = [m.span() for m in MILLION_AND_THOUSANDS.finditer(masked)]
    masked = MILLION_AND_THOUSANDS.sub(lambda m: f"{million_and_thousands(m.group(0)):,}".rjust(len(m.group(0))),
                                       masked)
    masked = _NAMED_COUNTS.sub(_named_counts, masked)
    # ("2,187,815 students-1,068,527 boys and 1,059,288 girls- sat": a dash typed as a hyphen before a number with
    # thousands separators, which no code or name ("COVID-19", "G-20") has)
    masked = _DASH_BEFORE_THOUSANDS.sub(" ", masked)
    idioms = _Spans([m.span() for m in _ONE_IDIOM.finditer(masked)])
    candidates = []
    for priority, (kind, pattern) in enumerate(_COMPILED):
        for found in pattern.finditer(masked):
            mention = _mention(kind, found, idioms)
            if mention and mention.end > mention.start:
                candidates.append((mention, priority))
    candidates.sort(key=lambda mp: (-(mp[0].end - mp[0].start), mp[1], mp[0].start))
    # Longest first; an interval index keeps this linear in the number of mentions.
    taken: list[Mention] = []
    occupied = bytearray(len(masked) + 1)
    for mention, _ in candidates:
        if not any(occupied[mention.start:mention.end]):
            taken.append(mention)
            occupied[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    taken.sort(key=lambda m: m.start)
    for start, end in joined:
        i = next((i for i, m in enumerate(taken) if start <= m.start < end), None)
        if i is not None:
            taken[i] = dataclasses.replace(taken[i], start=start, text=text[start:taken[i].end], value=text[start:end])
    # (the metal trade's lower-case "mt" is metric tonnes unless the article defines it: "8.19 million tonnes (mt)")
    # ("jumps 5% to 8.6MT in Oct": glued to the number too; "21.987 million MT" says its scale itself)
    in_tonnes = [i for i, m in enumerate(taken) if m.kind == "physical" and re.search(r"\d\s?(?:MT|mt)$", m.text)]
    if in_tonnes:
        defined = _MT_DEFINED.search(masked)
        # (an article that writes "2.188 million MT" too spells its millions: "49,630 MT" is tonnes)
        scale = (defined.group(1) or "").lower() if defined else \
            "million" if _MT_IN_MILLIONS.search(masked) and not _SCALE_BEFORE_MT.search(masked) else ""
        for i in in_tonnes:
            if defined or taken[i].text.endswith("MT"):
                taken[i] = dataclasses.replace(taken[i], scale=scale)
    # ("L5.58 billion" is pounds where the story is British; Italian copy typed lire so, which no rate of the pound
    # converts: elsewhere the letter names no currency)
    if not _BRITISH.search(masked):
        taken = [dataclasses.replace(m, currency="", kind="number") if m.currency == "GBP" and m.text.startswith("L")
                 else m for m in taken]
    return taken


_BRITISH = re.compile(r"\b(?:UK|U\.K\.|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|London|sterling)\b")
