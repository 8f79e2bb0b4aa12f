"""Sam and Anya's flat above Harbour Street: one lived-in room with Sam's desk and its
two screens, a pinboard of printouts, a bookshelf, Anya's ring light by her bedroom door,
a sagging sofa, a kitchenette, and a window onto the street.

The stairs down to the street are through the door at the bottom (warp ``to_street``).
"""

TITLE = "Sam and Anya's Flat"
ENTRY = "entry"
TILESETS = ["common", "flat", "practice"]

BOARDS = [("flat:floor_boards", 8), ("flat:floor_boards_scuff", 1),
          ("flat:floor_boards_crumbs", 1)]
KITCHEN = [("flat:floor_kitchen", 6), ("flat:floor_kitchen_crack", 1)]

LEGEND = {
    "#": {"wall": ("flat:wall_upper", "flat:wall_lower"), "top": "warm"},
    "b": BOARDS,
    "k": KITCHEN,
}

#         0         1
#         01234567890123456789
LAYOUT = """
####################
####################
####################
#bbbbbbbbbbbbkkkkkk#
#bbbbbbbbbbbbkkkkkk#
#bbbbbbbbbbbbkkkkkk#
#bbbbbbbbbbbbkkkkkk#
#bbbbbbbbbbbbbbbbbb#
#bbbbbbbbbbbbbbbbbb#
#bbbbbbbbbbbbbbbbbb#
#bbbbbbbbbbbbbbbbbb#
#bbbbbbbbbbbbbbbbbb#
#######b############
"""

DETAILS_LEGEND = {"R": "flat:rug", "m": "common:doormat"}
DETAILS = """
....................
....................
....................
....................
....................
....................
....................
....................
....................
..RRR...............
..RRR...............
....................
.......m............
"""

FURNITURE_LEGEND = {
    "B": "flat:bookshelf",
    "D": "flat:desk_screens",
    "c": "flat:desk_chair",
    "L": "flat:ring_light",
    "K": "flat:kitchen_counter",
    "F": "flat:fridge",
    "P": "common:plant_big",
    "S": "flat:sofa",
    "l": "flat:floor_lamp",
    "t": "flat:coffee_table",
    "p": "flat:paper_stack",
    "s": "flat:shoe_rack",
    "k": "practice:coat_rack",
    "x": "practice:boxes",
    "n": "common:bin",
    "e": "common:plant_small",
    "T": "flat:bistro_table",
    "o": "flat:stool",
    "g": "flat:beanbag",
}
FURNITURE = """
....................
....................
....................
.BB..DDD...L.KKKF.P.
.BBp.DDD...L.KKKF.P.
......c.............
..............oTo.n.
.lSSS...............
.lSSS.......g.......
....................
..tt.....k.......ex.
......s..k.......px.
....................
"""

DECOR_LEGEND = {
    "w": "flat:window_street",
    "b": "flat:pinboard",
    "j": "flat:shelf_jars",
    "d": "practice:door",
    "o": "common:wall_clock",
    "q": "flat:poster",
}
DECOR = """
....................
.q.ww...bb.d..jj.o..
...ww......d........
....................
....................
....................
....................
....................
....................
....................
....................
....................
....................
"""

# Marks: entities' cells (one char a point, a block of chars a rectangle).
MARKS = """
....................
...ww...ii..........
...ww...ii..........
.BB..dds............
.BB..dds.S..........
............A.......
....................
....................
....................
....................
.......E............
....................
.......W............
"""

ENTITIES = [
    {"type": "spawn", "name": "entry", "at": "E", "facing": "up"},
    {"type": "warp", "name": "to_street", "at": "W", "target_map": "street",
     "target_spawn": "from_sam_flat"},
    # Rejuvenation: Sam and Anya at home from chapter 3 on
    {"type": "npc", "name": "sam", "at": "S", "character": "sam", "facing": "left",
     "campaign": "rejuvenation", "dialogue": "sam_flat_sam",
     "condition": "chapter >= 3 and chapter <= 4"},  # then at the hall and the clinic
    {"type": "npc", "name": "anya", "at": "A", "character": "anya", "facing": "down",
     "campaign": "rejuvenation", "dialogue": "sam_flat_anya",
     "condition": "chapter >= 3 and chapter <= 4"},
    # things to examine
    {"type": "inspect", "name": "sam_desk", "at": "d", "dialogue": "sam_flat_desk",
     "campaign": "rejuvenation"},
    {"type": "inspect", "name": "sam_screen", "at": "s", "dialogue": "sam_flat_screen",
     "campaign": "rejuvenation"},
    {"type": "inspect", "name": "pinboard", "at": "i", "dialogue": "sam_flat_pinboard",
     "campaign": "rejuvenation"},
    {"type": "inspect", "name": "bookshelf", "at": "B", "dialogue": "sam_flat_bookshelf",
     "campaign": "rejuvenation"},
    {"type": "inspect", "name": "window", "at": "w", "dialogue": "sam_flat_window",
     "campaign": "rejuvenation"},
]
