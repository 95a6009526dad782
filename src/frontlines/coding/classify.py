"""Frame + context -> ACLED event type/sub-type and PLOVER event/mode.

ACLED has no type for talks, statements or appeals: those frames get PLOVER codes only and
ACLED type "" (a meeting of elders with commanders is PLOVER CONSULT and no ACLED event, since
ACLED codes a meeting only when it produces an agreement or a change of control).
"""

from __future__ import annotations

from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

VIOLENT = frozenset({"ATTACK", "KILL", "WOUND", "CLASH", "BOMB", "AIRSTRIKE", "SHELL", "GRENADE", "CHEMICAL"})
REMOTE = frozenset({"BOMB", "AIRSTRIKE", "SHELL", "GRENADE", "CHEMICAL"})
CROWD = frozenset({"PROTEST", "RIOT", "DISPERSE", "GATHER"})
WEAPON_CUES = frozenset({"chemical", "suicide", "air", "drone", "ied", "grenade", "shelling"})
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
# Weapon cue -> (ACLED sub-type, PLOVER mode), most specific first.
WEAPONS = (
    ("chemical", "Chemical weapon", "unconventional"),
    ("suicide", "Suicide bomb", "suicide-attack"),
    ("air", "Air/drone strike", "aerial"),
    ("grenade", "Grenade", "explosives"),
    ("ied", "Remote explosive/landmine/IED", "explosives"),
    ("shelling", "Shelling/artillery/missile attack", "heavy-weapons"),
)
FRAME_WEAPON = {
    "CHEMICAL": "chemical", "AIRSTRIKE": "air", "GRENADE": "grenade", "SHELL": "shelling", "BOMB": "ied"
}  # fmt: skip
# Frames coded the same way whatever the context: (ACLED type, sub-type, PLOVER event, mode, weight).
FIXED: dict[str, tuple[str, str, str, str | None, float]] = {
    "SEXUAL": (VAC, "Sexual violence", "ASSAULT", "sexual", 0.7),
    "ABDUCT": (VAC, "Abduction/forced disappearance", "ASSAULT", "abduct", 0.7),
    "ARREST": (STRATEGIC, "Arrests", "COERCE", "arrest", 0.6),
    "WITHDRAW": (STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw", 0.5),
    "AGREE": (STRATEGIC, "Agreement", "AGREE", None, 0.55),
    "MOBILIZE": (STRATEGIC, "Other", "MOBILIZE", "troops", 0.5),
    "BASE": (STRATEGIC, "Headquarters or base established", "MOBILIZE", "troops", 0.6),
    "DEFUSE": (STRATEGIC, "Disrupted weapons use", "COERCE", None, 0.6),
    "LOOT": (STRATEGIC, "Looting/property destruction", "ASSAULT", "destroy", 0.5),
    "CHANGE": (STRATEGIC, "Change to group/activity", "COOPERATE", None, 0.4),
    "MEET": ("", "", "CONSULT", None, 0.5),
    "RELEASE": ("", "", "RETREAT", "release", 0.45),
    "ACCUSE": ("", "", "ACCUSE", "disapprove", 0.45),
    "THREATEN": ("", "", "THREATEN", None, 0.45),
    "REQUEST": ("", "", "REQUEST", None, 0.4),
    "REJECT": ("", "", "REJECT", None, 0.4),
    "AID": ("", "", "AID", None, 0.45),
    "SANCTION": ("", "", "SANCTION", None, 0.45),
    "SUPPORT": ("", "", "SUPPORT", None, 0.35),
    "CONCEDE": ("", "", "CONCEDE", None, 0.4),
    "COOPERATE": ("", "", "COOPERATE", None, 0.4),
    "COERCE": ("", "", "COERCE", "restrict", 0.45),
}


@dataclass(frozen=True, slots=True)
class Coding:
    """The codes for one event mention and how much the rule that gave them is trusted."""

    acled_type: str
    acled_sub_type: str
    plover: str
    mode: str | None
    weight: float


def classify(
    frame: str,
    cues: frozenset[str],
    actor1: int | None,
    actor2: int | None,
    after: frozenset[str] | None = None,
) -> Coding | None:
    """Code one frame given the sentence's cues and the inter codes of its actors.

    `after` holds the cues of the words right after the trigger (its object: "retook the
    villages", "killed six pastoralists"); the whole sentence's cues stand in when not given.
    """
    after = cues if after is None else after
    if frame in CROWD or actor1 in (5, 6) or actor2 == 6:
        return crowd_event(frozenset({frame}), cues, actor1)
    if frame in VIOLENT:
        return violent_event(frame, cues, actor1, actor2, after)
    if frame in ("CAPTURE", "RETAKE"):
        return territory_event(frame, after, actor1)
    fixed = FIXED.get(frame)
    return Coding(*fixed) if fixed else None


def crowd_event(
    frames: frozenset[str], cues: frozenset[str], actor1: int | None, rioters: bool = False
) -> Coding:
    """Protests and riots (`frames`: all the sentence's frames about one crowd).

    Violence by the crowd makes a riot (ACLED codes it so even when police also use force);
    lethal force against a crowd that is not rioting is excessive force; tear gas, arrests
    or dispersal make a protest with intervention.
    """
    violent = bool(frames & VIOLENT)
    if "mob" in cues and (violent or "RIOT" in frames) or actor1 == 5 and "civilian" in cues and violent:
        return Coding(RIOTS, "Mob violence", "ASSAULT", "beat", 0.65)
    if "RIOT" in frames or actor1 == 5 or rioters or "riot" in cues and actor1 != 1:
        return Coding(RIOTS, "Violent demonstration", "PROTEST", "riot", 0.65)
    if "lethal" in cues:
        return Coding(PROTESTS, "Excessive force against protesters", "ASSAULT", "crowd-control", 0.65)
    if "intervention" in cues or frames & {"DISPERSE", "ARREST"}:
        return Coding(PROTESTS, "Protest with intervention", "PROTEST", "demo", 0.7)
    return Coding(PROTESTS, "Peaceful protest", "PROTEST", "demo", 0.7)


def violent_event(
    frame: str, cues: frozenset[str], actor1: int | None, actor2: int | None, after: frozenset[str]
) -> Coding:
    """Remote violence by weapon, else a battle between armed actors or an attack on civilians.

    Without a coded target the words after the trigger decide: civilians or their homes make
    an attack on civilians, soldiers or posts a battle. Violence by civilians is mob violence.
    """
    # A clash stays a battle whatever weapons it involved; other violence is named by its weapon.
    weapons = (
        set() if frame == "CLASH" else cues | ({FRAME_WEAPON[frame]} if frame in FRAME_WEAPON else set())
    )
    for cue, sub_type, weapon_mode in WEAPONS:
        if cue in weapons:
            return Coding(EXPLOSIONS, sub_type, "ASSAULT", "drone" if "drone" in cues else weapon_mode, 0.7)
    mode = "firearms" if "firearms" in cues else None
    # Violence by civilians, a mob, or party supporters is mob violence (ACLED: rioters).
    if actor1 == 7 or "mob" in cues or frame == "CLASH" and "partisans" in cues and actor1 not in ARMED_INTER:
        return Coding(RIOTS, "Mob violence", "ASSAULT", "beat", 0.55)
    if frame == "CLASH":
        return Coding(BATTLES, "Armed clash", "ASSAULT", mode or "firearms", 0.7)
    if actor2 == 7 or actor2 is None and "civilian" in after and "armed" not in after:
        return Coding(VAC, "Attack", "ASSAULT", mode, 0.65)
    if actor2 in ARMED_INTER or actor1 in ARMED_INTER and "armed" in after:
        return Coding(BATTLES, "Armed clash", "ASSAULT", mode, 0.6)
    if "civilian" in after:
        return Coding(VAC, "Attack", "ASSAULT", mode, 0.55)
    return Coding(BATTLES, "Armed clash", "ASSAULT", mode, 0.5)


def territory_event(frame: str, near: frozenset[str], actor1: int | None) -> Coding | None:
    """A change of control when a place word follows the trigger (`near`); else state forces arrest."""
    if "territory" not in near:
        return Coding(*FIXED["ARREST"]) if actor1 == 1 else None
    if actor1 == 1:
        return Coding(BATTLES, "Government regains territory", "COERCE", "seize", 0.6)
    return Coding(BATTLES, "Non-state actor overtakes territory", "COERCE", "seize", 0.55)
