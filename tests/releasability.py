"""The releasability rules, restated once for the tests that check them: a sync package
(tests/sync) and a feed out (tests/feeds) must both send exactly what passes these. They
are written here, not imported from the application, so the tests check the application."""

from __future__ import annotations

#: The mission's labels, lowest first (the store's default configuration).
LEVELS = ("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL")


def may_receive(tokens: tuple[str, ...], nation: str, org: str | None) -> bool:
    """The rule, restated: MISSION, the partner's nation or the partner's organisation."""
    return bool(set(tokens) & {"MISSION", nation, *([org] if org else [])})


def cleared_for(classification: str, accreditation: str | None) -> bool:
    """The second rule, restated: the label is at or below the partner's accreditation."""
    return LEVELS.index(classification) <= LEVELS.index(accreditation or LEVELS[0])
