"""Vocabularies of the mission: incident categories, weapon classes, statuses, roles, labels.

Incident categories are data: a mission edits its own list. What lives here is the seed list a new
mission starts with (stable keys, each mapped to ACLED's event type and sub-event type where one
exists), and the small closed vocabularies that code relies on. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    group: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    #: Counts as a violation in ceasefire monitoring (firing, crossing, armed presence, …).
    is_violation: bool = False
    description: str = ""
    #: False for a retired category: still valid on records (old files import into it) but
    #: not offered for new ones.
    active: bool = True
    #: The mission's label in other languages: (language, label) pairs.
    translations: tuple[tuple[str, str], ...] = ()


SEED_CATEGORIES: tuple[Category, ...] = (
    Category(
        "armed_clash", "Armed clash", "Violence", "Battles", "Armed clash",
        description="Armed, organised groups fighting each other.",
    ),
    Category(
        "indirect_fire", "Indirect fire (shelling, mortar, rocket)", "Violence",
        "Explosions/Remote violence", "Shelling/artillery/missile attack",
    ),
    Category(
        "airstrike", "Air or drone strike", "Violence",
        "Explosions/Remote violence", "Air/drone strike",
    ),
    Category(
        "ied_mine_uxo", "IED, mine or UXO", "Violence",
        "Explosions/Remote violence", "Remote explosive/landmine/IED",
    ),
    Category(
        "attack_on_civilians", "Attack on civilians", "Protection of civilians",
        "Violence against civilians", "Attack",
    ),
    Category(
        "sexual_violence", "Sexual violence", "Protection of civilians",
        "Violence against civilians", "Sexual violence",
    ),
    Category(
        "abduction", "Abduction or forced disappearance", "Protection of civilians",
        "Violence against civilians", "Abduction/forced disappearance",
    ),
    Category(
        "attack_on_peacekeepers", "Attack on peacekeepers", "Safety and security",
        "Battles", "Armed clash",
        description="Fire on, assault of, or weapons pointed at mission personnel.",
    ),
    Category(
        "ceasefire_violation", "Ceasefire violation (fire)", "Ceasefire",
        "Explosions/Remote violence", "Shelling/artillery/missile attack", is_violation=True,
        description="Firing into the area of separation or across the line; weapon class recorded.",
    ),
    Category(
        "line_crossing", "Crossing of the ceasefire line", "Ceasefire",
        "Strategic developments", "Other", is_violation=True,
        description="Personnel, vehicles, aircraft or drones crossing the line.",
    ),
    Category(
        "zone_violation", "Armed presence in the buffer zone", "Ceasefire",
        "Strategic developments", "Other", is_violation=True,
        description="Armed personnel, weapons or equipment inside the area of separation.",
    ),
    Category(
        "fom_restriction", "Freedom-of-movement restriction", "Safety and security",
        "Strategic developments", "Other", is_violation=True,
        description="Patrols stopped, turned back or denied access.",
    ),
    Category(
        "demonstration_peaceful", "Peaceful demonstration", "Civil unrest",
        "Protests", "Peaceful protest",
    ),
    Category(
        "demonstration_violent", "Violent demonstration", "Civil unrest",
        "Riots", "Violent demonstration",
    ),
    Category("mob_violence", "Mob violence", "Civil unrest", "Riots", "Mob violence"),
    Category(
        "looting_destruction", "Looting or property destruction", "Civil unrest",
        "Strategic developments", "Looting/property destruction",
    ),
    Category(
        "arrest_detention", "Arrest or detention", "Political and security",
        "Strategic developments", "Arrests",
    ),
    Category(
        "hq_base_established", "Headquarters or base established", "Political and security",
        "Strategic developments", "Headquarters or base established",
    ),
    Category(
        "territory_change", "Change of territorial control", "Political and security",
        "Strategic developments", "Non-violent transfer of territory",
    ),
    Category(
        "agreement_or_meeting", "Agreement or meeting", "Political and security",
        "Strategic developments", "Agreement",
    ),
    Category("displacement", "Population displacement", "Humanitarian", None, None),
    Category(
        "humanitarian_access_denied", "Humanitarian access denied", "Humanitarian",
        "Strategic developments", "Other",
    ),
    Category("crime", "Crime", "Political and security", None, None),
    Category("accident_hazard", "Accident or hazard", "Safety and security", None, None),
    # ACLED's current codebook (2019 on): the sub-event types the categories above leave out.
    Category(
        "territory_regained", "Government regains territory", "Violence",
        "Battles", "Government regains territory",
    ),
    Category(
        "territory_overtaken", "Non-state actor overtakes territory", "Violence",
        "Battles", "Non-state actor overtakes territory",
    ),
    Category(
        "chemical_weapon", "Chemical weapon attack", "Violence",
        "Explosions/Remote violence", "Chemical weapon",
    ),
    Category(
        "suicide_bomb", "Suicide bombing", "Violence",
        "Explosions/Remote violence", "Suicide bomb",
    ),
    Category("grenade", "Grenade attack", "Violence", "Explosions/Remote violence", "Grenade"),
    Category(
        "protest_with_intervention", "Protest with intervention", "Civil unrest",
        "Protests", "Protest with intervention",
        description="A peaceful protest that security forces or others tried to disperse.",
    ),
    Category(
        "excessive_force_protesters", "Excessive force against protesters", "Civil unrest",
        "Protests", "Excessive force against protesters",
    ),
    Category(
        "group_change", "Change to armed group or activity", "Political and security",
        "Strategic developments", "Change to group/activity",
    ),
    Category(
        "disrupted_weapons_use", "Disrupted weapons use (seized or defused)",
        "Safety and security", "Strategic developments", "Disrupted weapons use",
    ),
    Category(
        "strategic_other", "Other strategic development", "Political and security",
        "Strategic developments", "Other",
    ),
    # ACLED's pre-2019 codebook: event types with no single category today. Retired: events
    # of old files keep them; new reports use the categories above.
    Category(
        "riots_protests", "Riot or protest (ACLED before 2019)", "Civil unrest",
        "Riots/Protests", None, active=False,
    ),
    Category(
        "remote_violence", "Remote violence (ACLED before 2019)", "Violence",
        "Remote violence", None, active=False,
    ),
    Category(
        "violence_against_civilians", "Violence against civilians (ACLED before 2019)",
        "Protection of civilians", "Violence against civilians", None, active=False,
    ),
    Category(
        "strategic_development", "Strategic development (ACLED before 2019)",
        "Political and security", "Strategic development", None, active=False,
    ),
)  # fmt: skip

#: Every ACLED event type and sub-event type, of the current codebook (2019 on) and of the
#: pre-2019 one (event types only, it had no sub-event types), lower-cased, with the seed
#: category it becomes. ``None`` as sub-event type: the event type alone.
ACLED_CATEGORIES: dict[tuple[str, str | None], str] = {
    ("battles", "armed clash"): "armed_clash",
    ("battles", "government regains territory"): "territory_regained",
    ("battles", "non-state actor overtakes territory"): "territory_overtaken",
    ("explosions/remote violence", "chemical weapon"): "chemical_weapon",
    ("explosions/remote violence", "air/drone strike"): "airstrike",
    ("explosions/remote violence", "suicide bomb"): "suicide_bomb",
    ("explosions/remote violence", "shelling/artillery/missile attack"): "indirect_fire",
    ("explosions/remote violence", "remote explosive/landmine/ied"): "ied_mine_uxo",
    ("explosions/remote violence", "grenade"): "grenade",
    ("violence against civilians", "sexual violence"): "sexual_violence",
    ("violence against civilians", "attack"): "attack_on_civilians",
    ("violence against civilians", "abduction/forced disappearance"): "abduction",
    ("protests", "peaceful protest"): "demonstration_peaceful",
    ("protests", "protest with intervention"): "protest_with_intervention",
    ("protests", "excessive force against protesters"): "excessive_force_protesters",
    ("riots", "violent demonstration"): "demonstration_violent",
    ("riots", "mob violence"): "mob_violence",
    ("strategic developments", "agreement"): "agreement_or_meeting",
    ("strategic developments", "arrests"): "arrest_detention",
    ("strategic developments", "change to group/activity"): "group_change",
    ("strategic developments", "disrupted weapons use"): "disrupted_weapons_use",
    ("strategic developments", "headquarters or base established"): "hq_base_established",
    ("strategic developments", "looting/property destruction"): "looting_destruction",
    ("strategic developments", "non-violent transfer of territory"): "territory_change",
    ("strategic developments", "other"): "strategic_other",
    # The pre-2019 codebook.
    ("battle-no change of territory", None): "armed_clash",
    ("battle-government regains territory", None): "territory_regained",
    ("battle-non-state actor overtakes territory", None): "territory_overtaken",
    ("headquarters or base established", None): "hq_base_established",
    ("non-violent transfer of territory", None): "territory_change",
    ("riots/protests", None): "riots_protests",
    ("remote violence", None): "remote_violence",
    ("violence against civilians", None): "violence_against_civilians",
    ("strategic development", None): "strategic_development",
}


def acled_category(event_type: str | None, sub_event_type: str | None) -> str | None:
    """The seed category of an ACLED event (either codebook), or None when ACLED has no such
    event type. Sub-event types are unique across event types, so one alone also tells."""
    event = (event_type or "").strip().lower()
    sub = (sub_event_type or "").strip().lower() or None
    if (event, sub) in ACLED_CATEGORIES:
        return ACLED_CATEGORIES[(event, sub)]
    if sub is not None and sub != "other":
        hits = {v for (_, s), v in ACLED_CATEGORIES.items() if s == sub}
        if len(hits) == 1:
            return hits.pop()
    return ACLED_CATEGORIES.get((event, None))


#: Weapon classes recorded for firing incidents (ceasefire monitoring counts violations by them).
WEAPON_CLASSES: tuple[str, ...] = (
    "small_arms",
    "heavy_machine_gun",
    "mortar",
    "artillery",
    "rocket",
    "tank",
    "anti_tank",
    "air_defence",
    "aircraft",
    "uav",
    "explosive_device",
    "unknown",
)

INCIDENT_STATUSES: tuple[str, ...] = (
    "reported",
    "confirmed",
    "disputed",
    "closed",
    "rejected",
)

#: 1 = minor … 5 = critical (mass casualties, attack on the mission's installations).
SEVERITIES: tuple[int, ...] = (1, 2, 3, 4, 5)
SEVERITY_LABELS: dict[int, str] = {1: "minor", 2: "low", 3: "moderate", 4: "high", 5: "critical"}

SOURCE_RELIABILITY: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
INFO_CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}

SOURCE_KINDS: tuple[str, ...] = (
    "patrol",
    "observation_post",
    "local_population",
    "party_liaison",
    "humanitarian",
    "media",
    "partner_unit",
    "sensor",
    "other",
)

UNIT_ROLES: tuple[str, ...] = (
    "headquarters",
    "infantry",
    "mechanized_infantry",
    "armour",
    "reconnaissance",
    "military_police",
    "engineer",
    "medical",
    "logistics",
    "signals",
    "aviation",
    "riverine",
    "observer_team",
    "formed_police_unit",
    "civilian",
)

ECHELONS: tuple[str, ...] = (
    "team",
    "squad",
    "section",
    "platoon",
    "company",
    "battalion",
    "regiment",
    "brigade",
    "division",
    "corps",
    "army",
)

POSITION_METHODS: tuple[str, ...] = ("gps", "voice", "manual", "imported")
OPERATIONAL_STATUSES: tuple[str, ...] = ("operational", "limited", "non_operational")

AREA_TYPES: tuple[str, ...] = (
    "patrol_area",
    "area_of_responsibility",
    "sector",
    "buffer_zone",
    "area_of_separation",
    "area_of_limitation",
    "restricted_area",
)
AREA_STATUSES: tuple[str, ...] = ("active", "inactive", "restricted", "closed")

PATROL_TYPES: tuple[str, ...] = ("foot", "mobile", "air", "boat", "joint")
PATROL_STATUSES: tuple[str, ...] = (
    "planned",
    "in_progress",
    "completed",
    "cancelled",
    "aborted",
    "restricted",
)

LINE_TYPES: tuple[str, ...] = ("ceasefire_line", "line_of_contact", "boundary", "alpha_line")

#: UN information sensitivity levels (ST/SGB/2007/6), lowest first. A mission may configure others.
UN_CLASSIFICATIONS: tuple[str, ...] = ("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL")

#: The nation of a partner's unit whose file did not say (an ATAK friendly or neutral unit has
#: none in CoT): "unspecified nationality" as ISO/IEC 7501-1 writes it on travel documents.
#: Shown as "nation not known"; ``import --set nation=GHA`` or an edit fills it in.
UNKNOWN_NATION = "XXX"

#: Organisation tokens accepted in releasability lists beside ISO 3166 alpha-3 nation codes.
ORGANISATION_TOKENS: tuple[str, ...] = ("MISSION", "UN", "NATO", "EU", "AU", "OSCE")
