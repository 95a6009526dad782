"""ACLED's public label names: event types, sub-types, inter codes, the pre-2019 types and CASE 2021 codes."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CASE_CODES",
    "EVENT_TYPES",
    "INTER_NAMES",
    "LEGACY_EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "LegacyType",
    "canonical_event_type",
    "canonical_sub_event_type",
    "inter_code",
]

# Sub-event type -> event type, as in ACLED's codebook (names only, which are public vocabulary).
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))

# Spellings seen in ACLED's own files for the same label.
_SUB_TYPE_VARIANTS = {"excessive force against protestors": "Excessive force against protesters"}


@dataclass(frozen=True, slots=True)
class LegacyType:
    """A pre-2019 event type: the current types it may become, and its sub-type when that is implied."""

    event_types: tuple[str, ...]
    sub_event_type: str = ""


_BATTLES = ("Battles",)
_STRATEGIC = ("Strategic developments",)
# Pre-2019 ACLED event types (keys case-folded) and what each became in the 2019 taxonomy.
LEGACY_EVENT_TYPES: dict[str, LegacyType] = {
    "battle-no change of territory": LegacyType(_BATTLES, "Armed clash"),
    "battle-government regains territory": LegacyType(_BATTLES, "Government regains territory"),
    "battle-non-state actors overtake territory": LegacyType(_BATTLES, "Non-state actor overtakes territory"),
    "battle-non-state actor overtakes territory": LegacyType(_BATTLES, "Non-state actor overtakes territory"),
    "headquarters or base established": LegacyType(_STRATEGIC, "Headquarters or base established"),
    "non-violent transfer of territory": LegacyType(_STRATEGIC, "Non-violent transfer of territory"),
    "remote violence": LegacyType(("Explosions/Remote violence",)),
    "riots/protests": LegacyType(("Riots", "Protests")),
    "strategic development": LegacyType(_STRATEGIC),
    "violence against civilians": LegacyType(("Violence against civilians",)),
}

# Inter codes by the names the various ACLED exports use (case-folded): codebook, 2024 API, old tables.
INTER_NAMES: dict[str, int] = {
    "state forces": 1,
    "rebel forces": 2,
    "rebel group": 2,
    "rebel groups": 2,
    "militia groups": 3,
    "political militia": 3,
    "political militias": 3,
    "communal / identity groups": 4,
    "communal/identity groups": 4,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "foreign / others": 8,
    "foreign/others": 8,
    "external/other forces": 8,
    "external / other forces": 8,
    "other forces": 8,
}

# CASE 2021 task 2 label codes -> ACLED sub-event type names.
CASE_CODES: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}

_SUB_TYPES_FOLDED = {name.casefold(): name for name in SUB_EVENT_TYPES} | _SUB_TYPE_VARIANTS
_EVENT_TYPES_FOLDED = {name.casefold(): name for name in EVENT_TYPES}


def canonical_sub_event_type(label: str) -> str:
    """ACLED's spelling of a sub-event type in any case; unknown labels come back stripped."""
    label = label.strip()
    return _SUB_TYPES_FOLDED.get(label.casefold(), label)


def canonical_event_type(label: str) -> str:
    """ACLED's spelling of an event type in any case; unknown (e.g. pre-2019) labels come back stripped."""
    label = label.strip()
    return _EVENT_TYPES_FOLDED.get(label.casefold(), label)


def inter_code(value: str) -> int | None:
    """Inter code 1-8 from a number ("6", "6.0") or a name ("Protesters"); 0 or blank is no actor."""
    value = value.strip()
    if not value:
        return None
    try:
        code = int(float(value))
    except ValueError:
        code = INTER_NAMES.get(value.casefold(), -1)
        if code < 0:
            raise ValueError(f"unknown inter code {value!r}") from None
    if code == 0:
        return None
    if not 1 <= code <= 8:
        raise ValueError(f"inter code out of range: {value!r}")
    return code
