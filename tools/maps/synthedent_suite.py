"""Synthedent's executive suite on the conference hall's top floor: the lift lobby in
black marble behind a glass wall, a long boardroom table on violet carpet under a wall of
windows onto the city at dusk, a wall screen with the share price, a bar and a lounge.

The lift (warp ``to_hall``) goes down to the hall's backstage corridor.
"""

TITLE = "Synthedent Executive Suite"
ENTRY = "entry"
TILESETS = ["common", "suite", "conference"]

CARPET = [("suite:carpet", 6), ("suite:carpet_b", 1)]
MARBLE = [("suite:marble", 3), ("suite:marble_b", 1)]

LEGEND = {
    "#": {"wall": ("suite:wall_upper", "suite:wall_lower"), "top": "cool"},
    ".": CARPET,
    "m": MARBLE,
    "l": "conference:lift_floor",
    "g": {"tile": "suite:glass_v", "layer": "walls", "under": "suite:marble"},
}

#         0         1         2
#         01234567890123456789012345
LAYOUT = """
##########################
##########################
##ll######################
#mmmmmmg...........mmmmmm#
#mmmmmmg...........mmmmmm#
#mmmmmmg...........mmmmmm#
#mmmmmmg...........mmmmmm#
#mmmmmm..................#
#mmmmmm..................#
#........................#
#........................#
#........................#
#........................#
#........................#
##########################
"""

FURNITURE_LEGEND = {
    "T": "suite:long_table",
    "d": "suite:exec_chair_down",
    "u": "suite:exec_chair_up",
    "B": "suite:bar_counter",
    "s": "suite:bar_stool",
    "S": "suite:lounge_sofa",
    "o": "suite:side_table",
    "G": "suite:glass_tooth",
    "P": "common:plant_big",
    "e": "common:plant_small",
}
FURNITURE = """
..........................
..........................
..........................
.P......................P.
.P..................BBBBP.
............dddd....BBBB..
...........TTTTTT...s.s...
...........TTTTTT.........
............u..u..........
..........................
..G.......................
..G.SSS.o...........SSS...
.P..SSS............oSSS.P.
.P....................e.P.
..........................
"""

DECOR_LEGEND = {
    "L": "conference:lift_door",
    "z": "suite:wall_screen",
    "0": "suite:city_window_0",
    "1": "suite:city_window_1",
    "2": "suite:city_window_2",
    "b": "suite:bar_shelf",
    "f": "suite:portrait_frame",
}
DECOR = """
..LL......................
..LLfzzz001122001122bbbb..
.....zzz001122001122bbbb..
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
"""

# Marks: entities' cells (one char a point, a block of chars a rectangle).
MARKS = """
..........................
.....zzzwwwwwwwwwwww......
..WW.zzzwwwwwwwwwwww......
..........................
...E................bbbb..
....................bbbb..
...........tttttt.V.......
..........Ptttttt.........
..........................
..........................
..........................
..........................
..........................
..........................
..........................
"""

REJ = "rejuvenation"

ENTITIES = [
    {"type": "spawn", "name": "entry", "at": "E", "facing": "down"},
    {"type": "warp", "name": "to_hall", "at": "W", "target_map": "conference_hall",
     "target_spawn": "from_suite"},
    # Rejuvenation, chapter 3: the executives receive Elena in person
    {"type": "npc", "name": "victor", "at": "V", "character": "victor_hale", "facing": "left",
     "campaign": REJ, "dialogue": "suite_victor", "condition": "chapter == 3"},
    {"type": "npc", "name": "priya", "at": "P", "character": "priya_sandoval",
     "facing": "right", "campaign": REJ, "dialogue": "suite_priya",
     "condition": "chapter == 3"},
    # things to examine
    {"type": "inspect", "name": "suite_window", "at": "w", "dialogue": "suite_window",
     "campaign": REJ},
    {"type": "inspect", "name": "suite_table", "at": "t", "dialogue": "suite_table",
     "campaign": REJ},
    {"type": "inspect", "name": "suite_screen", "at": "z", "dialogue": "suite_screen",
     "campaign": REJ},
    {"type": "inspect", "name": "suite_bar", "at": "b", "dialogue": "suite_bar",
     "campaign": REJ},
]
