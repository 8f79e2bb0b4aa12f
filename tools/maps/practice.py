"""Elena Rahmani's old practice: a waiting room with reception, and her treatment room."""

TITLE = "Dr. Rahmani's Practice"
ENTRY = "entry"
TILESETS = ["common", "practice"]

WOOD = [("practice:floor_wood", 8), ("practice:floor_wood_knot", 1),
        ("practice:floor_wood_dust", 2)]
LINO = [("practice:floor_lino", 6), ("practice:floor_lino_worn", 1)]

LEGEND = {
    "#": {"wall": ("practice:wall_upper", "practice:wall_lower"), "top": "warm"},
    "w": WOOD,
    "l": LINO,
}

#         0         1
#         01234567890123456789
LAYOUT = """
####################
####################
####################
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
#wwwwwwwwwwllllllll#
#wwwwwwwwwwllllllll#
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
#wwwwwwwww#llllllll#
####w###############
"""

DETAILS_LEGEND = {"R": "practice:rug", "m": "common:doormat", "u": "practice:dust"}
DETAILS = """
....................
....................
....................
....................
.........u..........
....................
.RRR...........u....
.RRR................
............u.......
......u.............
...................
....................
..u...........u.....
....m...............
"""

FURNITURE_LEGEND = {
    "c": "practice:waiting_chair",
    "t": "practice:coffee_table",
    "P": "common:plant_big_terracotta",
    "D": "practice:reception_desk",
    "B": "practice:bookshelf",
    "k": "practice:coat_rack",
    "p": "practice:plant_wilted",
    "x": "practice:boxes",
    "s": "practice:sink",
    "r": "practice:drawers",
    "C": "practice:classic_chair",
    "i": "practice:instrument_cart",
    "o": "practice:office_chair",
    "f": "practice:filing_cabinet",
    "K": "practice:desk",
    "b": "common:bin",
}
FURNITURE = """
....................
....................
....................
.cccP..BBk..srr...f.
.cccP..BBk..srr...f.
......DDD.....CCC...
.tt...DDD...i.CCC...
..............CCC...
.............o......
.........P..........
.........P.......o..
.p......xx......xKK.
.p.....bxx......xKK.
....................
"""

DECOR_LEGEND = {
    "W": "practice:window_blinds",
    "O": "common:wall_clock",
    "y": "practice:cobweb",
    "X": "practice:xray_box",
    "g": "practice:diploma_gold",
    "h": "practice:diploma_wood",
    "q": "practice:photo_frame",
    "a": "practice:calendar",
}
DECOR = """
....................
.yWW.O.....y.X.ghg..
......q...........a.
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
....................
"""

# Marks for entities: one char per spawn / NPC cell, a block of chars for a rectangle.
MARKS = """
....................
.............x.ddd..
.............x.ddd..
....................
....................
.......R.....Dccc...
.......aaa....ccc...
..............ccc...
..P.................
..............E.....
....................
....S...............
........bb..........
....W...............
"""

ENTITIES = [
    {"type": "spawn", "name": "entry", "at": "E", "facing": "down"},
    {"type": "spawn", "name": "from_street", "at": "S", "facing": "up"},
    {"type": "warp", "name": "to_street", "at": "W", "target_map": "street",
     "target_spawn": "from_practice"},
    {"type": "npc", "name": "rosa", "at": "R", "character": "rosa", "facing": "down",
     "campaign": "rejuvenation", "dialogue": "practice_rosa",
     "condition": "chapter <= 4"},  # then at the hall (5) and the clinic (6)
    {"type": "npc", "name": "patient", "at": "P", "character": "patient_1", "facing": "right",
     "campaign": "rejuvenation", "dialogue": "practice_patient",
     # Mr. Lindqvist: here in chapter 1 until he leaves for the clinic with his voucher
     "condition": "chapter <= 1 and not lindqvist_left"},
    # chapter 3: Dani comes to Elena hurt, by the old chair; Mr. Lindqvist is back in the
    # waiting room for Anya and Sam's testimonials
    {"type": "npc", "name": "dani", "at": "D", "character": "patient_3", "facing": "right",
     "campaign": "rejuvenation", "dialogue": "practice_dani", "condition": "chapter == 3"},
    {"type": "npc", "name": "lindqvist", "at": "P", "character": "patient_1",
     "facing": "right", "campaign": "rejuvenation", "dialogue": "practice_lindqvist",
     "condition": "chapter == 3"},
    {"type": "inspect", "name": "diplomas", "at": "d", "dialogue": "practice_diplomas"},
    {"type": "inspect", "name": "xray", "at": "x", "dialogue": "practice_xray"},
    {"type": "inspect", "name": "dental_chair", "at": "c", "dialogue": "practice_chair"},
    {"type": "inspect", "name": "appointment_book", "at": "a",
     "dialogue": "practice_appointments"},
    {"type": "inspect", "name": "boxes", "at": "b", "dialogue": "practice_boxes"},
]
