"""Gold PLOVER codings in today's scheme: the CAMEO -> PLOVER table and the PLOVER 0.5 renames.

Gold sets code in older schemes. The PLOVER gold-standard records (2016) use PLOVER 0.5, which had
four categories the current 16 no longer have and older mode names; UniversalPetrarch codes CAMEO.
Both are brought to current PLOVER here, as data with the reason for each entry, so a score
measures the coder and not the drift between schemes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from frontlines.evaluation.gold_files import GoldFileError, read_text

__all__ = [
    "CAMEO_OUTSIDE_TABLE", "LEGACY_BY_MODE", "LEGACY_EVENTS", "MODE_RENAMES", "CameoTable", "Coding",
    "current_coding", "legacy_coding", "read_cameo_table",
]


@dataclass(frozen=True, slots=True)
class Coding:
    """A PLOVER event and its mode (None: no mode given or none that current PLOVER has)."""

    event: str
    mode: str | None = None


# PLOVER 0.5 categories the current 16 no longer have. Each stood for one CAMEO root, and the CAMEO
# -> PLOVER 2021 table says where that root went: 09 "investigate" -> ACCUSE with mode investigate
# (every 09x row), 10 "demand" -> REQUEST, 11 "disapprove" -> ACCUSE, 19 "fight" -> ASSAULT. The
# 0.5 records carry no CAMEO code, so where the table sends a code elsewhere the record's mode decides
# (`LEGACY_BY_MODE`, which also moves what the table now files under ASSAULT out of COERCE).
LEGACY_EVENTS: dict[str, Coding] = {
    "INVESTIGATE": Coding("ACCUSE", "investigate"),
    "DEMAND": Coding("REQUEST"),
    "DISAPPROVE": Coding("ACCUSE"),  # 110-113 disapprove, 112x allege: the 0.5 records do not say which
    "FIGHT": Coding("ASSAULT"),
}
LEGACY_BY_MODE: dict[tuple[str, str], Coding] = {
    ("FIGHT", "deport"): Coding("COERCE", "deport"),  # CAMEO 174 "Expel or deport individuals"
    ("FIGHT", "restrict"): Coding("COERCE", "restrict"),  # CAMEO 191 "Impose blockade, restrict movement"
    ("FIGHT", "occupy"): Coding("COERCE", "seize"),  # CAMEO 192 "Occupy territory"
    ("COERCE", "destroy"): Coding("ASSAULT", "destroy"),  # CAMEO 1712 "Destroy property" is ASSAULT
    ("COERCE", "firearms"): Coding("ASSAULT", "firearms"),  # 193 small arms, 175 violent repression
}

# Old mode names -> current ones (PLOVER 2021 manual; the table's own mode column where it has one).
# None drops a mode that no longer exists, so it is not scored.
MODE_RENAMES: dict[str, str | None] = {
    "host": "visit",  # CAMEO 043 "Host a visit" -> CONSULT visit (the host is the recipient)
    "demo-org": "demo", "demo-spon": "demo",  # organised / spontaneous demonstrations are one mode now
    "riot-spon": "riot",
    "strike-hun": "hunger",  # CAMEO 142 "Conduct hunger strike" -> PROTEST hunger
    "strike-gen": "strike",  # general strikes: the labour-strike mode
    "confiscate": "seize",  # CAMEO 1711 "Confiscate property" -> COERCE seize
    "detain": "arrest",  # CAMEO 173 "Arrest, detain" -> COERCE arrest
    "martial-law": "curfew",  # current COERCE curfew covers "state of emergency or martial law"
    "political": "rights",  # CAMEO 1321 threats against free speech: THREATEN rights today
    "other": None,  # PLOVER 0.5 "other": no current mode
    "ease": None,  # the table's own note: "ease" is no longer a mode
    "pro_autocracy": None,  # a context value that slipped into the mode column (CAMEO 175)
}

# Threat modes for what would be imposed: the table files threats of curfew or martial law
# (CAMEO 1323, 1324) under THREATEN restrict.
_THREAT_MODES = {"curfew": "restrict", "martial-law": "restrict"}

# CAMEO roots the table leaves out. 01 "make public statement" has no PLOVER event (PLOVER dropped
# statements); 02 "appeal" is a request, which PLOVER's REQUEST ("all requests, demands and
# orders") covers.
CAMEO_OUTSIDE_TABLE: dict[str, str | None] = {"01": None, "02": "REQUEST"}

_ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?")


@dataclass(frozen=True, slots=True)
class CameoTable:
    """The CAMEO -> PLOVER table: CAMEO code -> current coding (mode renamed)."""

    rows: dict[str, Coding]

    def coding(self, code: str) -> Coding | None:
        """The PLOVER coding of a CAMEO code: its own row, else its parents', else the roots the
        table leaves out; None for codes with no PLOVER event (01x statements)."""
        for length in range(len(code), 1, -1):
            row = self.rows.get(code[:length])
            if row is not None:
                return row
        event = CAMEO_OUTSIDE_TABLE.get(code[:2])
        return Coding(event) if event else None


def read_cameo_table(path: str | Path) -> CameoTable:
    """Read CAMEO2PLOVER (`code: EVENT, mode, context # description` lines; `~~~` ends it).

    A code listed twice (175) keeps its first row; root headings ("03: AGREE") are rows too.
    """
    rows: dict[str, Coding] = {}
    for line in read_text(path).splitlines():
        if line.startswith("~~~"):
            break
        match = _ROW.match(line.strip())
        if match and match[1] not in rows:
            rows[match[1]] = Coding(match[2], _mode(match[3]))
    if not rows:
        raise GoldFileError(f"{path}: no CAMEO -> PLOVER rows found")
    return CameoTable(rows)


def _mode(raw: str | None) -> str | None:
    name = (raw or "").strip().lower()
    return MODE_RENAMES.get(name, name) if name else None


def legacy_coding(event: str, mode: str | None) -> Coding:
    """A PLOVER 0.5 event and mode in current terms (see `LEGACY_EVENTS` and `MODE_RENAMES`)."""
    name = event.strip().upper()
    raw_mode = (mode or "").strip().lower() or None
    if raw_mode is not None and (name, raw_mode) in LEGACY_BY_MODE:
        return LEGACY_BY_MODE[name, raw_mode]
    if name == "THREATEN" and raw_mode in _THREAT_MODES:
        return Coding(name, _THREAT_MODES[raw_mode])
    new_mode = _mode(raw_mode)
    legacy = LEGACY_EVENTS.get(name)
    if legacy is None:
        return Coding(name, new_mode)
    return Coding(legacy.event, new_mode or legacy.mode)


def current_coding(cameo_code: str, table: CameoTable) -> Coding | None:
    """The current PLOVER coding of a CAMEO event code, or None when PLOVER has no such event."""
    return table.coding(cameo_code.strip())
