"""Saves: the file format, its checksum and upgrades, atomic writing, the save folder,
and the text read across playthroughs. Pure logic: no pygame (the menus that show
saves are in :mod:`game.menus.saveload`, the director makes and restores them).

- :mod:`game.saves.format`: a save as data and as JSON (version, checksum, upgrades);
- :mod:`game.saves.atomic`: temporary file, flush and fsync, backup, rename;
- :mod:`game.saves.store`: the slots in the data folder's ``saves/``;
- :mod:`game.saves.content`: what a save names that the content no longer has;
- :mod:`game.saves.readtext`: lines read in any playthrough (for fast-forward).
"""

from game.saves.format import (
    VERSION,
    BacklogLine,
    DialoguePlace,
    NpcPlace,
    SaveData,
    SaveError,
    SaveMeta,
    WorldPlace,
)
from game.saves.store import MANUAL_SLOTS, SaveStore, SlotInfo, chapter_slot

__all__ = [
    "MANUAL_SLOTS", "VERSION", "BacklogLine", "DialoguePlace", "NpcPlace", "SaveData",
    "SaveError", "SaveMeta", "SaveStore", "SlotInfo", "WorldPlace", "chapter_slot",
]
