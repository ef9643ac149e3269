"""Starting and configuring a mission: new empty missions, the training demo file, settings.

``create_mission`` makes an empty mission database (schema, seed categories, label set, name);
``create_training_demo`` writes the fictional demo into its own file, marked as training;
``MissionEditor`` changes settings and categories as validated, undoable edits that land in the
change log. Services layer: plain Python, no Qt; SQL stays in ``app.store``.
"""

from app.mission.service import (
    DEMO_FILE_NAME,
    MissionEditor,
    create_mission,
    create_training_demo,
    demo_path,
    marked_title,
    mission_title,
)

__all__ = [
    "DEMO_FILE_NAME",
    "MissionEditor",
    "create_mission",
    "create_training_demo",
    "demo_path",
    "marked_title",
    "mission_title",
]
