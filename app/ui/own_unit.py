"""This installation's unit: its name from the unit identity, and its record in the mission.

New reports default their reporting unit to it, and the Details panel names records this
installation made by it instead of the installation's technical origin (``install-…``).
"""

from __future__ import annotations

from app.errors import AppError
from app.store import MissionStore


def own_unit_name() -> str:
    """This installation's unit from its identity, or "" before one is set."""
    try:
        from app.sync.identity import load_identity

        return load_identity().unit
    except (AppError, OSError):
        return ""


def own_unit_id(store: MissionStore | None, name: str | None = None) -> str | None:
    """The mission's unit record for this installation's unit (matched on designation, short
    name, case and spacing aside); None when the identity names no unit of this mission."""
    name = own_unit_name() if name is None else name
    if store is None or not name.strip():
        return None
    wanted = _plain(name)
    full, short = store.unit_names(), store.unit_names(short=True)
    for names in (full, short):
        for unit_id, unit_name in names.items():
            if _plain(unit_name) == wanted:
                return unit_id
    # "NEPBATT 1" for "1st Nepalese Battalion (NEPBATT 1)": only when one unit fits.
    containing = {i for i, n in full.items() if f" {wanted} " in f" {_plain(n, True)} "}
    return containing.pop() if len(containing) == 1 else None


def _plain(text: object, words_only: bool = False) -> str:
    value = str(text).casefold()
    if words_only:
        value = "".join(c if c.isalnum() else " " for c in value)
    return " ".join(value.split())
