"""LiveSplit splits files (``.lss``): a category's segments, PB and best segments.

The file is LiveSplit's XML (version 1.7.0): game and category names, an attempt
count, and one ``Segment`` per segment with its name, the personal best's split time
(``SplitTimes/SplitTime name="Personal Best"``) and the best segment, both as
``GameTime``. :func:`read_lss` reads the same back (for tests and for runners who edit
names in LiveSplit).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from game.speedrun.records import Records, atomic_write, segment_durations
from game.speedrun.timing import TICKS_PER_SECOND, livesplit_time

GAME_NAME = "ENAMEL 2045"


def lss_text(records: Records, category_name: str) -> str:
    run = ET.Element("Run", version="1.7.0")
    ET.SubElement(run, "GameIcon")
    ET.SubElement(run, "GameName").text = GAME_NAME
    ET.SubElement(run, "CategoryName").text = category_name
    metadata = ET.SubElement(run, "Metadata")
    ET.SubElement(metadata, "Variables")
    ET.SubElement(run, "Offset").text = "00:00:00"
    ET.SubElement(run, "AttemptCount").text = str(records.attempts)
    ET.SubElement(run, "AttemptHistory")
    segments = ET.SubElement(run, "Segments")
    pb = records.pb or [None] * len(records.segments)
    for index, name in enumerate(records.segments):
        segment = ET.SubElement(segments, "Segment")
        ET.SubElement(segment, "Name").text = name
        ET.SubElement(segment, "Icon")
        times = ET.SubElement(segment, "SplitTimes")
        split = ET.SubElement(times, "SplitTime", name="Personal Best")
        if pb[index] is not None:
            ET.SubElement(split, "GameTime").text = livesplit_time(pb[index] or 0)
        best = ET.SubElement(segment, "BestSegmentTime")
        gold = records.golds[index]
        if gold is not None:
            ET.SubElement(best, "GameTime").text = livesplit_time(gold)
        ET.SubElement(segment, "SegmentHistory")
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, "unicode") + "\n"


def export_lss(records: Records, category_name: str, path: Path) -> Path:
    atomic_write(path, lss_text(records, category_name).encode("utf-8"))
    return path


@dataclass
class LssSegment:
    name: str
    pb: int | None  # ticks
    best: int | None


@dataclass
class LssRun:
    game: str
    category: str
    attempts: int
    segments: list[LssSegment]


def parse_time(text: str) -> int:
    """``HH:MM:SS.fffffff`` to whole ticks (rounded to the nearest tick)."""
    hours, minutes, seconds = text.strip().split(":")
    total = (int(hours) * 60 + int(minutes)) * 60 + float(seconds)
    return round(total * TICKS_PER_SECOND)


def read_lss(text: str) -> LssRun:
    root = ET.fromstring(text)
    segments = []
    for segment in root.iter("Segment"):
        pb_node = segment.find("SplitTimes/SplitTime[@name='Personal Best']/GameTime")
        best_node = segment.find("BestSegmentTime/GameTime")
        segments.append(LssSegment(
            segment.findtext("Name", ""),
            parse_time(pb_node.text) if pb_node is not None and pb_node.text else None,
            parse_time(best_node.text) if best_node is not None and best_node.text else None))
    return LssRun(root.findtext("GameName", ""), root.findtext("CategoryName", ""),
                  int(root.findtext("AttemptCount", "0")), segments)


__all__ = ["export_lss", "lss_text", "read_lss", "segment_durations"]
