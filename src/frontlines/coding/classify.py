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
MOB = "Mob violence"  # a riot by an unorganised crowd against people or property
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"

VIOLENT = frozenset({"ATTACK", "KILL", "WOUND", "CLASH", "BOMB", "AIRSTRIKE", "SHELL", "GRENADE", "CHEMICAL"})
REMOTE = frozenset({"BOMB", "AIRSTRIKE", "SHELL", "GRENADE", "CHEMICAL"})
CROWD = frozenset({"PROTEST", "RIOT", "DISPERSE", "GATHER"})
DEMONSTRATING = frozenset({"PROTEST", "GATHER", "DISPERSE"})
STARTED_BY_CROWD = frozenset({"CLASH", "RIOT", "ATTACK"})
WEAPON_CUES = frozenset({"chemical", "suicide", "air", "drone", "ied", "grenade", "shelling"})
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
NON_STATE = frozenset({2, 3, 4})
# The state's forces, rebels and foreign forces: organised sides whatever their weapons.
ORGANISED = frozenset({1, 2, 8})
# Weapon cue -> (ACLED sub-type, PLOVER mode), most specific first.
WEAPONS = (
    ("chemical", "Chemical weapon", "unconventional"),
    ("suicide", "Suicide bomb", "suicide-attack"),
    ("air", "Air/drone strike", "aerial"),
    ("grenade", "Grenade", "explosives"),
    ("ied", "Remote explosive/landmine/IED", "explosives"),
    ("shelling", "Shelling/artillery/missile attack", "heavy-weapons"),
)
OVERRIDING_WEAPONS = frozenset({"chemical", "suicide", "air"})
# Remote violence the target can answer in kind: with return fire it is a battle.
RETURNABLE = frozenset({"SHELL", "GRENADE", "BOMB"})
FIXED_MODE = {"GRENADE": "explosives", "BOMB": "explosives"}
FRAME_WEAPON = {
    "CHEMICAL": "chemical", "AIRSTRIKE": "air", "GRENADE": "grenade", "SHELL": "shelling", "BOMB": "ied"
}  # fmt: skip
# The sub-types of that returnable remote violence: answered with fire told next, it is a battle too.
ANSWERABLE = frozenset(sub for cue, sub, _ in WEAPONS if cue in {FRAME_WEAPON[f] for f in RETURNABLE})
# Frames coded the same way whatever the context: (ACLED type, sub-type, PLOVER event, mode, weight).
FIXED: dict[str, tuple[str, str, str, str | None, float]] = {
    "SEXUAL": (VAC, "Sexual violence", "ASSAULT", "sexual", 0.7),
    "ABDUCT": (VAC, "Abduction/forced disappearance", "ASSAULT", "abduct", 0.7),
    # Someone who dies held by the forces ("died in police custody") died at their hands (ACLED).
    "CUSTODY": (VAC, "Attack", "ASSAULT", None, 0.65),
    "ARREST": (STRATEGIC, "Arrests", "COERCE", "arrest", 0.6),
    "WITHDRAW": (STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw", 0.5),
    "AGREE": (STRATEGIC, "Agreement", "AGREE", None, 0.55),
    # Offers, promises and acceptances are agreements for PLOVER; ACLED codes only signed ones.
    "PLEDGE": ("", "", "AGREE", None, 0.4),
    # ACLED codes troop movements as a change to the group's activity.
    "MOBILIZE": (STRATEGIC, "Change to group/activity", "MOBILIZE", "troops", 0.5),
    "BASE": (STRATEGIC, "Headquarters or base established", "MOBILIZE", "troops", 0.6),
    "DEFUSE": (STRATEGIC, "Disrupted weapons use", "COERCE", None, 0.6),
    "LOOT": (STRATEGIC, "Looting/property destruction", "ASSAULT", "destroy", 0.5),
    "CHANGE": (STRATEGIC, "Change to group/activity", "COOPERATE", None, 0.4),
    # Displacement is told by ACLED as a strategic development of its own (sub-type Other).
    "DISPLACE": (STRATEGIC, "Other", "RETREAT", "flee", 0.4),
    "REFUGEES": (STRATEGIC, "Other", "RETREAT", "flee", 0.4),
    # An eviction by force displaces those evicted (PLOVER: a coercion).
    "EVICT": (STRATEGIC, "Other", "COERCE", None, 0.45),
    "PROPAGANDA": (STRATEGIC, "Other", "", None, 0.4),
    "MEET": ("", "", "CONSULT", None, 0.5),
    "RELEASE": ("", "", "RETREAT", "release", 0.45),
    # ACLED's agreements include surrenders; for PLOVER giving up is a retreat.
    "SURRENDER": (STRATEGIC, "Agreement", "RETREAT", None, 0.5),
    "ACCUSE": ("", "", "ACCUSE", "disapprove", 0.45),
    "THREATEN": ("", "", "THREATEN", None, 0.45),
    "REQUEST": ("", "", "REQUEST", None, 0.4),
    "REJECT": ("", "", "REJECT", None, 0.4),
    "AID": ("", "", "AID", None, 0.45),
    "SANCTION": ("", "", "SANCTION", None, 0.45),
    "SUPPORT": ("", "", "SUPPORT", None, 0.35),
    "CONCEDE": ("", "", "CONCEDE", None, 0.4),
    "COOPERATE": ("", "", "COOPERATE", None, 0.4),
    "STEPDOWN": ("", "", "RETREAT", None, 0.35),
    "COERCE": ("", "", "COERCE", "restrict", 0.45),
    # A curfew, a state of emergency or a ban on gatherings is a security measure: ACLED codes it as a
    # change to the activity of the state that imposes it.
    "MEASURE": (STRATEGIC, "Change to group/activity", "COERCE", "restrict", 0.4),
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
    if frame == "ATTACK" and "cyber" in cues | after and "firearms" not in cues:
        return Coding("", "", "COERCE", "cyber", 0.45)  # "tried to hack into the army's computers"
    if frame in CROWD or actor1 in (5, 6) or actor2 == 6:
        # "demonstrators beat a driver": protesters who do the violence riot (ACLED: violent demonstration).
        return crowd_event(frozenset({frame}), cues, actor1, attacked=frame in VIOLENT and actor1 == 6)
    if frame in REMOTE and "weapons_test" in cues:
        # "test-fired a ballistic missile": no one is hit; ACLED codes the new capability.
        return Coding(STRATEGIC, "Change to group/activity", "MOBILIZE", "weapons", 0.6)
    if frame in VIOLENT:
        return violent_event(frame, cues, actor1, actor2, after)
    if frame in ("CAPTURE", "RETAKE"):
        return territory_event(frame, after, actor1, cues)
    if frame == "LOOT" and (unrest(cues, actor1) or actor1 == 7):
        # Homes and shops wrecked by crowds in a wave of unrest, or by residents, youths or villagers
        # ("residents set fire to the police post"), are the crowds' violence (ACLED: a riot).
        return Coding(RIOTS, MOB, "ASSAULT", "destroy", 0.55)
    if frame == "DEFUSE" and "aircraft" in after and "drone" not in after:
        # "shot down a Su-25": air defence fired at a crewed aircraft; intercepted drones are disrupted.
        return Coding(EXPLOSIONS, "Shelling/artillery/missile attack", "ASSAULT", "heavy-weapons", 0.6)
    if frame == "ARREST" and actor1 in NON_STATE:
        # Only a state arrests; a group that detains people abducts them (ACLED's rule).
        return Coding(*FIXED["ABDUCT"])
    fixed = FIXED.get(frame)
    return Coding(*fixed) if fixed else None


def crowd_event(
    frames: frozenset[str],
    cues: frozenset[str],
    actor1: int | None,
    rioters: bool = False,
    attacked: bool = False,
) -> Coding:
    """Protests and riots (`frames`: all the sentence's frames about one crowd; `cues`: its words
    without the grievance; `rioters`: rioters are named; `attacked`: the crowd itself attacked).

    Violence by the crowd makes a riot (ACLED codes it so even when police also use force): a
    clash, stones, burning barricades, vandalism. Lethal force against a crowd that is not rioting
    is excessive force; tear gas, arrests or dispersal make a protest with intervention.
    """
    violent = bool(frames & VIOLENT)
    demonstrating = bool(frames & DEMONSTRATING) or actor1 == 6  # protesters are demonstrating
    # Tear gas fired at people who clash with the forces tells of a crowd, not of a demonstration.
    demonstrated = bool(frames & (DEMONSTRATING - {"DISPERSE"})) or actor1 == 6
    lynching = (mob_words(cues, actor1) or "theft_suspect" in cues) and (violent or "RIOT" in frames)
    # Party supporters who fight or beat people for no cause told, with no forces in the scene
    # ("supporters of one candidate beat up those of another at a rally"), are a mob: the rally is
    # where, not what, they fought (ACLED: mob violence). Making a demand, they demonstrate.
    brawl = violent and "partisans" in cues and not cues & {"force", "crowd_control", "purpose"}
    if lynching or brawl or actor1 == 5 and "civilian" in cues and violent and not demonstrating:
        return Coding(RIOTS, MOB, "ASSAULT", "beat", 0.65)
    if violent and actor1 in NON_STATE and not rioters and not frames & {"RIOT", "CLASH"}:
        # "militants attacked protesters": an armed group's attack on a crowd is one on civilians.
        return Coding(VAC, "Attack", "ASSAULT", "firearms" if "firearms" in cues else None, 0.6)
    # Demonstrators who burn or wreck property riot (the police do not loot at a protest).
    # A crowd said to have stayed peaceful ("they scuffled with the police, but the protest remained
    # peaceful") is not made a riot by a scuffle or by words alone.
    calm = "calm" in cues
    wrecking = frames & {"RIOT", "LOOT"} or "CLASH" in frames and not calm
    if wrecking or actor1 == 5 or rioters or attacked or "riot" in cues and not calm:
        crowd = (rioters or actor1 == 5) and not frames & STARTED_BY_CROWD
        if crowd or demonstrated:
            return Coding(RIOTS, "Violent demonstration", "PROTEST", "riot", 0.65)
        # Rioting with no demonstration behind it ("riots broke out after a killing", "rioters
        # clashed with soldiers") is a mob's; for PLOVER a riot is a protest all the same (mode riot).
        return Coding(RIOTS, MOB, "PROTEST" if "RIOT" in frames else "ASSAULT",
                      "riot" if "RIOT" in frames else "beat", 0.6)
    # Deaths or arrests told of a protest are force against it only when forces are in the scene
    # and use it: "marched for women who have been killed" and "protested the arrest of a teacher"
    # are peaceful.
    force = "force" in cues or actor1 == 1
    # Lethal force used to disperse a crowd ("fired live bullets to disperse them") is excessive too.
    if "lethal" in cues and force and (violent or "DISPERSE" in frames):
        return Coding(PROTESTS, "Excessive force against protesters", "ASSAULT", "crowd-control", 0.65)
    acted = "intervention" in cues or "ARREST" in frames
    if "crowd_control" in cues or "DISPERSE" in frames or force and acted:
        return Coding(PROTESTS, "Protest with intervention", "PROTEST", "demo", 0.7)
    return Coding(PROTESTS, "Peaceful protest", "PROTEST", "demo", 0.7)


def violent_event(
    frame: str, cues: frozenset[str], actor1: int | None, actor2: int | None, after: frozenset[str]
) -> Coding:
    """Remote violence by weapon, else a battle between armed actors or an attack on civilians.

    Without a coded target the words after the trigger decide: civilians or their homes make
    an attack on civilians, soldiers or posts a battle. Violence by civilians is mob violence.
    """
    # A clash stays a battle whatever weapons it involved; other violence is named by its weapon:
    # the trigger's own ("shelled"), unless the words name a more specific delivery (chemical, suicide,
    # air); a mine or bomb named elsewhere in the sentence does not turn shelling into an IED.
    # An explosion ("blast", "explosions involving artillery") takes the weapon the words name, and is
    # an IED only when they name none.
    combined = frame == "ATTACK" and "small_arms" in cues and actor2 != 7 and "civilian" not in after
    if frame == "CLASH" or combined:
        # An attack with small arms on a target not said to be civilian is a fight on the ground,
        # whatever heavier weapons backed it.
        weapons: frozenset[str] = frozenset()
    elif frame in FRAME_WEAPON and frame != "BOMB":
        weapons = frozenset({FRAME_WEAPON[frame]}) | cues & OVERRIDING_WEAPONS
    else:
        weapons = cues
    if frame in ("BOMB", "KILL", "WOUND") and "remnant" in cues and not cues & {"armed", "firearms"}:
        # "a mine left over from the war exploded, injuring three porters": an old war's remnant.
        return Coding(STRATEGIC, "Other", "ASSAULT", "explosives", 0.55)
    mishap = "mishap" in cues and "firearms" not in cues
    own_device = frame in ("BOMB", "GRENADE") or frame in ("KILL", "WOUND") and weapons & {"ied", "grenade"}
    if mishap and own_device:
        # "a device went off in the hands of the men assembling it", "a sapper was killed while laying a
        # mine": no one was targeted.
        return Coding(STRATEGIC, "Disrupted weapons use", "ASSAULT", "explosives", 0.55)
    if frame in RETURNABLE and "reciprocal" in cues and not weapons & OVERRIDING_WEAPONS:
        # "fired mortars at the base; the troops fired back": fire that goes both ways is a battle.
        return Coding(BATTLES, "Armed clash", "ASSAULT", FIXED_MODE.get(frame, "heavy-weapons"), 0.65)
    # Fire seen or heard from afar ("monitors observed 12 explosions near the village"), with no
    # target named: blasts along a front line are shelling, shots there an exchange of fire.
    observed = "observed" in cues and actor2 is None and "civilian" not in cues
    if frame == "BOMB" and not weapons & {cue for cue, _, _ in WEAPONS}:
        weapons = frozenset({"shelling" if observed else "ied"})
    if left_to_explode(frame, cues) and not observed:
        weapons = frozenset({"ied"})
    if crude_bombs(cues, actor1) and weapons & {"ied", "grenade"}:
        return Coding(RIOTS, MOB, "ASSAULT", "explosives", 0.55)
    for cue, sub_type, weapon_mode in WEAPONS:
        if cue in weapons:
            return Coding(EXPLOSIONS, sub_type, "ASSAULT", "drone" if "drone" in cues else weapon_mode, 0.7)
    mode = "firearms" if "firearms" in cues else None
    # Civilians named beside a fight between armed men are its victims or bystanders, not a mob; one
    # told shooting ("a man was shot dead by two armed individuals", the parse taking the victim for the
    # doer) is no crowd: guns are not a mob's weapons, as for thieves.
    civilians_fought = actor1 == 7 and not (frame == "CLASH" and "armed" in cues) and "firearms" not in cues
    # A thief shot dead was shot by gunmen; one beaten was set upon by a crowd.
    mob = mob_words(cues, actor1, actor2) or "theft_suspect" in cues and "firearms" not in cues
    crowd_side = communal(frame, cues, actor1, actor2) or bare_handed(frame, cues, actor1, actor2)
    crowd_side = crowd_side or rival_crowds(frame, cues, actor1, actor2)
    if frame == "CLASH" and "kin_groups" in cues and not mob:
        # "clashes between two clans", "ethnic clashes over grazing land": communal militias fight.
        return Coding(BATTLES, "Armed clash", "ASSAULT", mode or "firearms", 0.7)
    if civilians_fought or mob or crowd_side or unrest(cues, actor1):
        return Coding(RIOTS, MOB, "ASSAULT", "beat", 0.55)
    if frame == "CLASH" or "reciprocal" in cues or combined and cues & WEAPON_CUES or observed:
        return Coding(BATTLES, "Armed clash", "ASSAULT", mode or "firearms", 0.7)
    if actor2 == 7 or "former" in after or actor2 is None and "civilian" in after and "armed" not in after:
        return Coding(VAC, "Attack", "ASSAULT", mode, 0.65)
    if actor2 in ARMED_INTER or "armed" in after and actor1 != 7:
        return Coding(BATTLES, "Armed clash", "ASSAULT", mode, 0.6)
    if "civilian" in after or actor2 is None and "armed" not in after and frame != "CLASH":
        # One-sided violence on a target not said to be armed is an attack on civilians (ACLED's default).
        return Coding(VAC, "Attack", "ASSAULT", mode, 0.55)
    return Coding(BATTLES, "Armed clash", "ASSAULT", mode, 0.5)


def left_to_explode(frame: str, cues: frozenset[str]) -> bool:
    """A shell or round told going off where it lay, with no one told firing it ("two children were
    hurt when a mortar round they found exploded", "killed in a mortar shell explosion"): a device
    that blew up in place, which ACLED codes as a remote explosive, not as shelling. Rockets and
    missiles are launched: one told exploding was fired."""
    shell_only = "shell_round" in cues and not cues & (OVERRIDING_WEAPONS | {"rocketry", "fired"})
    return frame in ("SHELL", "BOMB") and shell_only and "went_off" in cues


def mob_words(cues: frozenset[str], actor1: int | None, actor2: int | None = None) -> bool:
    """A mob named ("a mob", "lynched", "mob justice"), or vigilantes who set upon people ("a vigilante
    group beat a suspected thief", "vigilantes attacked a gang hired to evict a family"). Vigilantes who
    fight beside the state's forces or against rebels or foreign troops ("troops and local vigilantes
    repelled an attack by militiamen") are a militia, no mob."""
    forces = actor1 in ORGANISED or actor2 in ORGANISED
    return "mob" in cues or "vigilante" in cues and not forces


def unrest(cues: frozenset[str], actor1: int | None) -> bool:
    """Violence in a wave of unrest, or a beating, by people no organised force is named for, without
    guns: the crowds' (ACLED: mob violence). "Unidentified persons" may be coded an unknown armed group."""
    crowdlike = "unrest" in cues or "beating" in cues
    return crowdlike and actor1 not in ORGANISED and not cues & {"armed", "firearms"}


def crude_bombs(cues: frozenset[str], actor1: int | None) -> bool:
    """Crude or cocktail bombs set off by people no force, rebel group or foreign army is named for
    ("men backing a rival candidate flung cocktail bombs at the rally"), without guns: a crowd's
    weapons, so ACLED codes their use as mob violence, not as an armed group's explosive attack."""
    return {"crude_bomb", "thrown"} <= cues and actor1 not in ORGANISED and not cues & {"firearms", "armed"}


def communal(frame: str, cues: frozenset[str], actor1: int | None, actor2: int | None) -> bool:
    """Violence by unarmed groups (party supporters, youths of two villages, men with sticks, families
    whose quarrel turned violent): mob violence.

    ACLED codes a fight as a battle only when an organised armed side takes part; firearms or
    fighters in the sentence say one did. A party's supporters who beat people are a crowd even when
    the party is named as their side ("supporters of the ruling party beat up a candidate").
    """
    supporters = "partisans" in cues and actor1 in NON_STATE
    if actor1 in ARMED_INTER and not supporters or actor2 in ARMED_INTER or cues & {"armed", "firearms"}:
        return False
    return bool(cues & {"partisans", "crowd_weapons", "dispute"}) or frame == "CLASH" and "civilian" in cues


def rival_crowds(frame: str, cues: frozenset[str], actor1: int | None, actor2: int | None) -> bool:
    """Party supporters, or rival factions or groups no armed group is named for, who fight: ACLED codes
    their clashes as mob violence, guns or not ("partisans of two chiefs traded pistol shots"),
    unless the state, rebels or a foreign force is a side. Partisans who shoot at people are a party's
    gunmen attacking them; "two groups of gunmen" are armed groups, not rival crowds."""
    rivals = "partisans" in cues or ("factions" in cues and not cues & {"armed", "firearms"})
    fight = frame == "CLASH" or "firearms" not in cues
    return rivals and fight and actor1 not in ORGANISED and actor2 not in ORGANISED


def bare_handed(frame: str, cues: frozenset[str], actor1: int | None, actor2: int | None) -> bool:
    """A clash fought with fists, sticks or stones, or by a group of plain people (villagers, residents,
    an angry crowd), between a force and people no armed group is named for ("party members had a
    physical confrontation with the police", "a group of villagers clashed with the police"), with no
    guns told: the unorganised side makes it mob violence (ACLED), not a battle. Two forces brawling
    (soldiers of two armies) stay a clash."""
    forces = actor1 in ORGANISED or actor2 in ORGANISED  # villagers of two villages may be militias
    unarmed = ("crowd_weapons" in cues or "townsfolk" in cues and forces) and "firearms" not in cues
    one_force = not (actor1 in ARMED_INTER and actor2 in ARMED_INTER)
    return frame == "CLASH" and unarmed and one_force and actor1 not in NON_STATE and actor2 not in NON_STATE


def territory_event(
    frame: str, near: frozenset[str], actor1: int | None, cues: frozenset[str] = frozenset()
) -> Coding | None:
    """A change of control when a place word follows the trigger (`near`); seized goods are looting
    and seized weapons disrupted weapons use; otherwise state forces arrest someone. A place taken is
    a battle won (ACLED: the government regains it or a non-state actor overtakes it) only when
    fighting is told beside it (`cues`), else a non-violent transfer. Weapons the
    sentence names beside a seizure by the forces of no person or place ("seized a warehouse on the
    edge of town with ten boxes of ammunition") are what was seized."""
    held = "weapons" in near or "weapons" in cues and not near & {"civilian", "territory"}
    if held and actor1 == 1:
        return Coding(*FIXED["DEFUSE"])
    if "goods" in near or "weapons" in near:
        return Coding(*FIXED["LOOT"])
    if "territory" not in near:
        return Coding(*FIXED["ARREST"]) if actor1 == 1 else None
    if "peaceful_transfer" in cues or "combat" not in cues:
        # ACLED codes a takeover as a battle only when it came with fighting: a place taken with none
        # told ("the rebels took control of Orvasta") changed hands without a fight.
        return Coding(*FIXED["WITHDRAW"])
    # A change of control outweighs the fighting that won it: ACLED codes the takeover.
    if actor1 == 1:
        return Coding(BATTLES, GOVERNMENT_REGAINS, "COERCE", "seize", 0.75)
    return Coding(BATTLES, NON_STATE_OVERTAKES, "COERCE", "seize", 0.75)
