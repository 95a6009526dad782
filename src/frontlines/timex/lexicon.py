"""Words of time: months, weekdays, numbers and units, and the regex fragments built from them."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}  # fmt: skip
# Quantities that say "some number of": TimeML writes them as X ("PXD").
VAGUE_NUMBERS = ("a few", "few", "several", "many", "dozens of", "hundreds of", "some")
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# unit word -> (TimeML code, is a clock unit written after "T", multiplier)
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1), "day": ("D", False, 1),
    "week": ("W", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "year": ("Y", False, 1), "decade": ("DE", False, 1), "century": ("CE", False, 1),
    "centurie": ("CE", False, 1), "quarter": ("Q", False, 1), "weekend": ("WE", False, 1),
}  # fmt: skip
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ADVERB_SETS: dict[str, str] = {
    "hourly": "PT1H", "nightly": "P1D", "daily": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
}  # fmt: skip
VAGUE: dict[str, str] = {
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the distant past": "PAST_REF", "the recent past": "PAST_REF", "now": "PRESENT_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
    "presently": "PRESENT_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    # Adjectives TimeML tags on their own: "current conditions", "a recent filing", "then current".
    "current": "PRESENT_REF", "recent": "PAST_REF", "then current": "PAST_REF",
    # "future losses", "Iraq's future oil revenues": the adjective, and the noun after a possessive.
    "future": "FUTURE_REF", "these days": "PRESENT_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}  # fmt: skip


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in ordered)


# Rules match the ASCII-lower-cased text; names that must be capitalised in the original
# ("May", not the verb "may") are checked by the rule (see rules.rule).
MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)"
)
WEEKDAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY = WEEKDAY_NAME + r"(?![a-z])"
DAY = WEEKDAY_NAME + r"(?![a-z])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[7-9]\d\d|20\d\d)(?!\d)"
NUM = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine)|" + alternation(list(NUMBERS) + list(VAGUE_NUMBERS)) + ")"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries"
    r"|quarters?)"
)
APPROX = (
    r"(?:about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|fewer\s+than|at\s+least)"
)
# Modifiers TimeML keeps inside the extent ("early March", "the end of 2019", "mid-2020").
EDGE = r"(?:early|late|mid|the\s+(?:end|beginning|start|middle|(?:first|second|last|latter)\s+half)\s+of)"
# Triggers: words every match of a rule contains (see rules.Rule), looked for in the
# lower-cased text in one pass; loose on purpose ("mar" also finds "market").
TRIGGERS: dict[str, str] = {
    "digit": r"\d",
    "month": r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    "weekday": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "unit": r"second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter|half|morning|afternoon"
    r"|evening|night",
    "deictic": r"today|yesterday|tomorrow|tonight|overnight",
    "vague": r"recent|lately|past|present|now|current|future|these|term",
    "season": r"spring|summer|autumn|fall|winter",
    "set": r"every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|days",
    "clock": r"noon|midnight|midday",
    "holiday": r"christmas|new year|thanksgiving|easter|memorial|labor|independence|veterans|valentine"
    r"|election|halloween|luther|presidents|mother|good friday",
    "period": r"period|year-",
    "spelled": r"seventeen|eighteen|nineteen|thousand",
    "decade": r"ties$",
    "while": r"^while$",
}
# The era after a year before the common era: "BC", "B.C.", "BCE".
BC = r"(?:b\.\s?c\.(?:e\.)?|b\.\s?c(?![a-z])|bce?(?![a-z]))"
ONES_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS_WORDS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Years as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR = (
    rf"(?:seventeen|eighteen|nineteen)[\s-](?:{TENS_WORDS}(?:[\s-]{ONES_WORDS})?|{TEENS_WORDS}|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{ONES_WORDS}|{TEENS_WORDS}))?"
)
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
TIMEZONE = r"(?:gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|local\s+time)"
ORDINAL = alternation(list(ORDINALS))


def number_value(words: str) -> int | None:
    """The number a numeral or number word stands for; None when vague ("several", "a few")."""
    key = " ".join(words.lower().split())
    if key in NUMBERS:
        return NUMBERS[key]
    if key.replace(".", "", 1).isdigit():
        return round(float(key))
    if "-" in key or " " in key:
        tens, _, ones = key.replace("-", " ").partition(" ")
        if tens in NUMBERS and ones in NUMBERS:
            return NUMBERS[tens] + NUMBERS[ones]
    return None


def spelled_year(words: str) -> int:
    """The year a spelled-out year stands for ("nineteen ninety-six" -> 1996)."""
    parts = words.lower().replace("-", " ").replace(" and ", " ").split()
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBERS[p] for p in parts[2:])
    century = NUMBERS[parts[0]] * 100
    return century if parts[1:] == ["hundred"] else century + sum(NUMBERS[p] for p in parts[1:])


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TimeML code of a unit word, plural or not ("days" -> D)."""
    key = word.lower()
    if key == "centuries":
        key = "century"
    return UNITS[key.removesuffix("s") if key not in UNITS else key]


def month_of(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.lower().rstrip(".")]
