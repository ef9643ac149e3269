"""What a reader sees for the keys the data stores: categories, statuses, kinds, weapon classes,
source grading, map-item types and the other closed vocabularies, in the reader's language.

Records store keys (``ceasefire_violation``, ``confirmed``, ``small_arms``); a package exchanged
between an English and a French installation carries the same keys, and each side shows them with
``label(vocabulary, key)`` in its own language. The English labels are marked here with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` puts them in the ``.ts`` files (one context per
vocabulary); ``app.i18n.translate`` reads them back. A mission's own categories keep the label
the mission gave them (per language when it gave one); a seed category whose label is unchanged is
translated like the rest. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.map_items import MAP_ITEM_TYPES
from app.domain.taxonomy import SEED_CATEGORIES, Category
from app.i18n import QT_TRANSLATE_NOOP, translate

CATEGORY_LABELS: dict[str, str] = {
    "armed_clash": QT_TRANSLATE_NOOP("Category", "Armed clash"),
    "indirect_fire": QT_TRANSLATE_NOOP("Category", "Indirect fire (shelling, mortar, rocket)"),
    "airstrike": QT_TRANSLATE_NOOP("Category", "Air or drone strike"),
    "ied_mine_uxo": QT_TRANSLATE_NOOP("Category", "IED, mine or UXO"),
    "attack_on_civilians": QT_TRANSLATE_NOOP("Category", "Attack on civilians"),
    "sexual_violence": QT_TRANSLATE_NOOP("Category", "Sexual violence"),
    "abduction": QT_TRANSLATE_NOOP("Category", "Abduction or forced disappearance"),
    "attack_on_peacekeepers": QT_TRANSLATE_NOOP("Category", "Attack on peacekeepers"),
    "ceasefire_violation": QT_TRANSLATE_NOOP("Category", "Ceasefire violation (fire)"),
    "line_crossing": QT_TRANSLATE_NOOP("Category", "Crossing of the ceasefire line"),
    "zone_violation": QT_TRANSLATE_NOOP("Category", "Armed presence in the buffer zone"),
    "fom_restriction": QT_TRANSLATE_NOOP("Category", "Freedom-of-movement restriction"),
    "demonstration_peaceful": QT_TRANSLATE_NOOP("Category", "Peaceful demonstration"),
    "demonstration_violent": QT_TRANSLATE_NOOP("Category", "Violent demonstration"),
    "mob_violence": QT_TRANSLATE_NOOP("Category", "Mob violence"),
    "looting_destruction": QT_TRANSLATE_NOOP("Category", "Looting or property destruction"),
    "arrest_detention": QT_TRANSLATE_NOOP("Category", "Arrest or detention"),
    "hq_base_established": QT_TRANSLATE_NOOP("Category", "Headquarters or base established"),
    "territory_change": QT_TRANSLATE_NOOP("Category", "Change of territorial control"),
    "agreement_or_meeting": QT_TRANSLATE_NOOP("Category", "Agreement or meeting"),
    "displacement": QT_TRANSLATE_NOOP("Category", "Population displacement"),
    "humanitarian_access_denied": QT_TRANSLATE_NOOP("Category", "Humanitarian access denied"),
    "crime": QT_TRANSLATE_NOOP("Category", "Crime"),
    "accident_hazard": QT_TRANSLATE_NOOP("Category", "Accident or hazard"),
    "territory_regained": QT_TRANSLATE_NOOP("Category", "Government regains territory"),
    "territory_overtaken": QT_TRANSLATE_NOOP("Category", "Non-state actor overtakes territory"),
    "chemical_weapon": QT_TRANSLATE_NOOP("Category", "Chemical weapon attack"),
    "suicide_bomb": QT_TRANSLATE_NOOP("Category", "Suicide bombing"),
    "grenade": QT_TRANSLATE_NOOP("Category", "Grenade attack"),
    "protest_with_intervention": QT_TRANSLATE_NOOP("Category", "Protest with intervention"),
    "excessive_force_protesters": QT_TRANSLATE_NOOP(
        "Category", "Excessive force against protesters"
    ),
    "group_change": QT_TRANSLATE_NOOP("Category", "Change to armed group or activity"),
    "disrupted_weapons_use": QT_TRANSLATE_NOOP(
        "Category", "Disrupted weapons use (seized or defused)"
    ),
    "strategic_other": QT_TRANSLATE_NOOP("Category", "Other strategic development"),
    "riots_protests": QT_TRANSLATE_NOOP("Category", "Riot or protest (ACLED before 2019)"),
    "remote_violence": QT_TRANSLATE_NOOP("Category", "Remote violence (ACLED before 2019)"),
    "violence_against_civilians": QT_TRANSLATE_NOOP(
        "Category", "Violence against civilians (ACLED before 2019)"
    ),
    "strategic_development": QT_TRANSLATE_NOOP(
        "Category", "Strategic development (ACLED before 2019)"
    ),
}

CATEGORY_GROUPS: dict[str, str] = {
    "Violence": QT_TRANSLATE_NOOP("CategoryGroup", "Violence"),
    "Protection of civilians": QT_TRANSLATE_NOOP("CategoryGroup", "Protection of civilians"),
    "Safety and security": QT_TRANSLATE_NOOP("CategoryGroup", "Safety and security"),
    "Ceasefire": QT_TRANSLATE_NOOP("CategoryGroup", "Ceasefire"),
    "Civil unrest": QT_TRANSLATE_NOOP("CategoryGroup", "Civil unrest"),
    "Political and security": QT_TRANSLATE_NOOP("CategoryGroup", "Political and security"),
    "Humanitarian": QT_TRANSLATE_NOOP("CategoryGroup", "Humanitarian"),
}

#: Each vocabulary: its ``.ts`` context and key → English label.
VOCABULARIES: dict[str, tuple[str, dict[str, str]]] = {
    "status": (
        "Status",
        {
            "reported": QT_TRANSLATE_NOOP("Status", "reported"),
            "confirmed": QT_TRANSLATE_NOOP("Status", "confirmed"),
            "disputed": QT_TRANSLATE_NOOP("Status", "disputed"),
            "closed": QT_TRANSLATE_NOOP("Status", "closed"),
            "rejected": QT_TRANSLATE_NOOP("Status", "rejected"),
        },
    ),
    "severity": (
        "Severity",
        {
            "1": QT_TRANSLATE_NOOP("Severity", "minor"),
            "2": QT_TRANSLATE_NOOP("Severity", "low"),
            "3": QT_TRANSLATE_NOOP("Severity", "moderate"),
            "4": QT_TRANSLATE_NOOP("Severity", "high"),
            "5": QT_TRANSLATE_NOOP("Severity", "critical"),
        },
    ),
    "kind": (
        "RecordKind",
        {
            "unit": QT_TRANSLATE_NOOP("RecordKind", "unit"),
            "position_report": QT_TRANSLATE_NOOP("RecordKind", "position report"),
            "patrol_area": QT_TRANSLATE_NOOP("RecordKind", "patrol area"),
            "patrol": QT_TRANSLATE_NOOP("RecordKind", "patrol"),
            "ceasefire_line": QT_TRANSLATE_NOOP("RecordKind", "ceasefire line"),
            "incident": QT_TRANSLATE_NOOP("RecordKind", "incident"),
            "map_item": QT_TRANSLATE_NOOP("RecordKind", "map item"),
        },
    ),
    "weapon_class": (
        "WeaponClass",
        {
            "small_arms": QT_TRANSLATE_NOOP("WeaponClass", "small arms"),
            "heavy_machine_gun": QT_TRANSLATE_NOOP("WeaponClass", "heavy machine gun"),
            "mortar": QT_TRANSLATE_NOOP("WeaponClass", "mortar"),
            "artillery": QT_TRANSLATE_NOOP("WeaponClass", "artillery"),
            "rocket": QT_TRANSLATE_NOOP("WeaponClass", "rocket"),
            "tank": QT_TRANSLATE_NOOP("WeaponClass", "tank"),
            "anti_tank": QT_TRANSLATE_NOOP("WeaponClass", "anti-tank weapon"),
            "air_defence": QT_TRANSLATE_NOOP("WeaponClass", "air defence"),
            "aircraft": QT_TRANSLATE_NOOP("WeaponClass", "aircraft"),
            "uav": QT_TRANSLATE_NOOP("WeaponClass", "drone (UAV)"),
            "explosive_device": QT_TRANSLATE_NOOP("WeaponClass", "explosive device"),
            "unknown": QT_TRANSLATE_NOOP("WeaponClass", "unknown"),
        },
    ),
    "source_reliability": (
        "SourceReliability",
        {
            "A": QT_TRANSLATE_NOOP("SourceReliability", "completely reliable"),
            "B": QT_TRANSLATE_NOOP("SourceReliability", "usually reliable"),
            "C": QT_TRANSLATE_NOOP("SourceReliability", "fairly reliable"),
            "D": QT_TRANSLATE_NOOP("SourceReliability", "not usually reliable"),
            "E": QT_TRANSLATE_NOOP("SourceReliability", "unreliable"),
            "F": QT_TRANSLATE_NOOP("SourceReliability", "reliability cannot be judged"),
        },
    ),
    "info_credibility": (
        "InfoCredibility",
        {
            "1": QT_TRANSLATE_NOOP("InfoCredibility", "confirmed by other sources"),
            "2": QT_TRANSLATE_NOOP("InfoCredibility", "probably true"),
            "3": QT_TRANSLATE_NOOP("InfoCredibility", "possibly true"),
            "4": QT_TRANSLATE_NOOP("InfoCredibility", "doubtful"),
            "5": QT_TRANSLATE_NOOP("InfoCredibility", "improbable"),
            "6": QT_TRANSLATE_NOOP("InfoCredibility", "truth cannot be judged"),
        },
    ),
    "source_kind": (
        "SourceKind",
        {
            "patrol": QT_TRANSLATE_NOOP("SourceKind", "patrol"),
            "observation_post": QT_TRANSLATE_NOOP("SourceKind", "observation post"),
            "local_population": QT_TRANSLATE_NOOP("SourceKind", "local population"),
            "party_liaison": QT_TRANSLATE_NOOP("SourceKind", "liaison with the parties"),
            "humanitarian": QT_TRANSLATE_NOOP("SourceKind", "humanitarian partner"),
            "media": QT_TRANSLATE_NOOP("SourceKind", "media"),
            "partner_unit": QT_TRANSLATE_NOOP("SourceKind", "partner unit"),
            "sensor": QT_TRANSLATE_NOOP("SourceKind", "sensor"),
            "other": QT_TRANSLATE_NOOP("SourceKind", "other"),
        },
    ),
    "unit_role": (
        "UnitRole",
        {
            "headquarters": QT_TRANSLATE_NOOP("UnitRole", "headquarters"),
            "infantry": QT_TRANSLATE_NOOP("UnitRole", "infantry"),
            "mechanized_infantry": QT_TRANSLATE_NOOP("UnitRole", "mechanized infantry"),
            "armour": QT_TRANSLATE_NOOP("UnitRole", "armour"),
            "reconnaissance": QT_TRANSLATE_NOOP("UnitRole", "reconnaissance"),
            "military_police": QT_TRANSLATE_NOOP("UnitRole", "military police"),
            "engineer": QT_TRANSLATE_NOOP("UnitRole", "engineer"),
            "medical": QT_TRANSLATE_NOOP("UnitRole", "medical"),
            "logistics": QT_TRANSLATE_NOOP("UnitRole", "logistics"),
            "signals": QT_TRANSLATE_NOOP("UnitRole", "signals"),
            "aviation": QT_TRANSLATE_NOOP("UnitRole", "aviation"),
            "riverine": QT_TRANSLATE_NOOP("UnitRole", "riverine"),
            "observer_team": QT_TRANSLATE_NOOP("UnitRole", "observer team"),
            "formed_police_unit": QT_TRANSLATE_NOOP("UnitRole", "formed police unit"),
            "civilian": QT_TRANSLATE_NOOP("UnitRole", "civilian"),
        },
    ),
    "echelon": (
        "Echelon",
        {
            "team": QT_TRANSLATE_NOOP("Echelon", "team"),
            "squad": QT_TRANSLATE_NOOP("Echelon", "squad"),
            "section": QT_TRANSLATE_NOOP("Echelon", "section"),
            "platoon": QT_TRANSLATE_NOOP("Echelon", "platoon"),
            "company": QT_TRANSLATE_NOOP("Echelon", "company"),
            "battalion": QT_TRANSLATE_NOOP("Echelon", "battalion"),
            "regiment": QT_TRANSLATE_NOOP("Echelon", "regiment"),
            "brigade": QT_TRANSLATE_NOOP("Echelon", "brigade"),
            "division": QT_TRANSLATE_NOOP("Echelon", "division"),
            "corps": QT_TRANSLATE_NOOP("Echelon", "corps"),
            "army": QT_TRANSLATE_NOOP("Echelon", "army"),
        },
    ),
    "operational_status": (
        "OperationalStatus",
        {
            "operational": QT_TRANSLATE_NOOP("OperationalStatus", "operational"),
            "limited": QT_TRANSLATE_NOOP("OperationalStatus", "limited"),
            "non_operational": QT_TRANSLATE_NOOP("OperationalStatus", "non-operational"),
        },
    ),
    "position_method": (
        "PositionMethod",
        {
            "gps": QT_TRANSLATE_NOOP("PositionMethod", "GPS"),
            "voice": QT_TRANSLATE_NOOP("PositionMethod", "voice report"),
            "manual": QT_TRANSLATE_NOOP("PositionMethod", "entered by hand"),
            "imported": QT_TRANSLATE_NOOP("PositionMethod", "imported"),
        },
    ),
    "area_type": (
        "AreaType",
        {
            "patrol_area": QT_TRANSLATE_NOOP("AreaType", "patrol area"),
            "area_of_responsibility": QT_TRANSLATE_NOOP("AreaType", "area of responsibility"),
            "sector": QT_TRANSLATE_NOOP("AreaType", "sector"),
            "buffer_zone": QT_TRANSLATE_NOOP("AreaType", "buffer zone"),
            "area_of_separation": QT_TRANSLATE_NOOP("AreaType", "area of separation"),
            "area_of_limitation": QT_TRANSLATE_NOOP("AreaType", "area of limitation"),
            "restricted_area": QT_TRANSLATE_NOOP("AreaType", "restricted area"),
        },
    ),
    "area_status": (
        "AreaStatus",
        {
            "active": QT_TRANSLATE_NOOP("AreaStatus", "active"),
            "inactive": QT_TRANSLATE_NOOP("AreaStatus", "inactive"),
            "restricted": QT_TRANSLATE_NOOP("AreaStatus", "restricted"),
            "closed": QT_TRANSLATE_NOOP("AreaStatus", "closed"),
        },
    ),
    "patrol_type": (
        "PatrolType",
        {
            "foot": QT_TRANSLATE_NOOP("PatrolType", "foot"),
            "mobile": QT_TRANSLATE_NOOP("PatrolType", "mobile"),
            "air": QT_TRANSLATE_NOOP("PatrolType", "air"),
            "boat": QT_TRANSLATE_NOOP("PatrolType", "boat"),
            "joint": QT_TRANSLATE_NOOP("PatrolType", "joint"),
        },
    ),
    "patrol_status": (
        "PatrolStatus",
        {
            "planned": QT_TRANSLATE_NOOP("PatrolStatus", "planned"),
            "in_progress": QT_TRANSLATE_NOOP("PatrolStatus", "in progress"),
            "completed": QT_TRANSLATE_NOOP("PatrolStatus", "completed"),
            "cancelled": QT_TRANSLATE_NOOP("PatrolStatus", "cancelled"),
            "aborted": QT_TRANSLATE_NOOP("PatrolStatus", "aborted"),
            "restricted": QT_TRANSLATE_NOOP("PatrolStatus", "restricted"),
        },
    ),
    "line_type": (
        "LineType",
        {
            "ceasefire_line": QT_TRANSLATE_NOOP("LineType", "ceasefire line"),
            "line_of_contact": QT_TRANSLATE_NOOP("LineType", "line of contact"),
            "boundary": QT_TRANSLATE_NOOP("LineType", "boundary"),
            "alpha_line": QT_TRANSLATE_NOOP("LineType", "Alpha line"),
        },
    ),
    "side": (
        "Side",
        {
            "left": QT_TRANSLATE_NOOP("Side", "left"),
            "right": QT_TRANSLATE_NOOP("Side", "right"),
            "on_line": QT_TRANSLATE_NOOP("Side", "on the line"),
        },
    ),
    "map_item_type": (
        "MapItemType",
        {
            "marker": QT_TRANSLATE_NOOP("MapItemType", "Marker"),
            "checkpoint": QT_TRANSLATE_NOOP("MapItemType", "Checkpoint"),
            "team_site": QT_TRANSLATE_NOOP("MapItemType", "Team site"),
            "camp_base": QT_TRANSLATE_NOOP("MapItemType", "Camp or base"),
            "idp_site": QT_TRANSLATE_NOOP("MapItemType", "IDP site"),
            "village": QT_TRANSLATE_NOOP("MapItemType", "Village"),
            "town": QT_TRANSLATE_NOOP("MapItemType", "Town"),
            "bridge": QT_TRANSLATE_NOOP("MapItemType", "Bridge"),
            "crossing": QT_TRANSLATE_NOOP("MapItemType", "Crossing"),
            "landing_zone": QT_TRANSLATE_NOOP("MapItemType", "Landing zone"),
            "observation_post": QT_TRANSLATE_NOOP("MapItemType", "Observation post"),
            "spot_marker": QT_TRANSLATE_NOOP("MapItemType", "Spot marker"),
            "point_of_interest": QT_TRANSLATE_NOOP("MapItemType", "Point of interest"),
            "camera": QT_TRANSLATE_NOOP("MapItemType", "Camera or sensor"),
            "waypoint": QT_TRANSLATE_NOOP("MapItemType", "Waypoint"),
            "bullseye": QT_TRANSLATE_NOOP("MapItemType", "Bullseye"),
            "line": QT_TRANSLATE_NOOP("MapItemType", "Line"),
            "route": QT_TRANSLATE_NOOP("MapItemType", "Route"),
            "road": QT_TRANSLATE_NOOP("MapItemType", "Road"),
            "footpath": QT_TRANSLATE_NOOP("MapItemType", "Footpath"),
            "river": QT_TRANSLATE_NOOP("MapItemType", "River"),
            "boundary": QT_TRANSLATE_NOOP("MapItemType", "Boundary"),
            "range_bearing": QT_TRANSLATE_NOOP("MapItemType", "Range and bearing"),
            "drawing": QT_TRANSLATE_NOOP("MapItemType", "Drawing"),
            "area": QT_TRANSLATE_NOOP("MapItemType", "Area"),
            "zone": QT_TRANSLATE_NOOP("MapItemType", "Zone"),
            "range_ring": QT_TRANSLATE_NOOP("MapItemType", "Range ring"),
            "overlay_shape": QT_TRANSLATE_NOOP("MapItemType", "Overlay shape"),
        },
    ),
    "map_item_status": (
        "MapItemStatus",
        {
            "open": QT_TRANSLATE_NOOP("MapItemStatus", "open"),
            "restricted": QT_TRANSLATE_NOOP("MapItemStatus", "restricted"),
            "closed": QT_TRANSLATE_NOOP("MapItemStatus", "closed"),
            "unknown": QT_TRANSLATE_NOOP("MapItemStatus", "unknown"),
        },
    ),
}

_SEED_LABELS = {c.key: c.label for c in SEED_CATEGORIES}


def label(vocabulary: str, key: object, *, lang: str | None = None) -> str:
    """The reader's label for ``key`` of ``vocabulary`` (``"status"``, ``"weapon_class"``, …);
    an unknown key is shown as written, underscores as spaces."""
    context, table = VOCABULARIES[vocabulary]
    text = "" if key is None else str(key)
    english = table.get(text)
    if english is None:
        return text.replace("_", " ")
    return translate(context, english, lang=lang)


def category_label(
    key: str, mission_label: str | None = None, *, labels: Mapping[str, str] | None = None,
    lang: str | None = None,
) -> str:  # fmt: skip
    """A category as the reader sees it: the mission's label in the reader's language when the
    mission gave one (``labels``: language → label); else a seed category whose label the
    mission kept, translated; else the mission's own label; else the key."""
    from app.i18n import current_language, normalise_language

    language = normalise_language(lang) or current_language()
    if labels and labels.get(language):
        return labels[language]
    seed = _SEED_LABELS.get(key)
    if key in CATEGORY_LABELS and (mission_label is None or mission_label == seed):
        return translate("Category", CATEGORY_LABELS[key], lang=language)
    return mission_label or key.replace("_", " ")


def category_labels(categories: list[Category], *, lang: str | None = None) -> dict[str, str]:
    """key → label shown, for a mission's category list."""
    return {
        c.key: category_label(c.key, c.label, labels=dict(c.translations), lang=lang)
        for c in categories
    }


def group_label(group: str, *, lang: str | None = None) -> str:
    english = CATEGORY_GROUPS.get(group)
    return translate("CategoryGroup", english, lang=lang) if english else group


def map_item_type_label(key: str, *, lang: str | None = None) -> str:
    if key in MAP_ITEM_TYPES:
        return label("map_item_type", key, lang=lang)
    return key.replace("_", " ")
