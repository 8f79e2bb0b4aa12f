"""The street of 2045: the old practice (with Sam and Anya's flat upstairs, through the
green side door), the clinic and the conference hall side by side, and at the east end a
small birch-fronted building that becomes the new Tooth Rebirth clinic in that campaign's
epilogue (its door leads in from chapter 6)."""

TITLE = "Harbour Street"
ENTRY = "entry"
TILESETS = ["common", "street"]

PAVE = [("street:pavement", 10), ("street:pavement_b", 3), ("street:pavement_moss", 1)]


def facade(style: str, kind: str) -> dict:
    return {"tile": f"street:facade_{style}_{kind}", "layer": "walls"}


LEGEND = {
    "p": PAVE,
    "d": "street:pavement",  # under a door: walkable, the door's lower tile covers it
    "k": "street:kerb_top",
    "K": "street:kerb_bottom",
    "r": [("street:road", 1)],
    "l": "street:road_line",
    "g": "street:road_guide",
    "z": "street:road_crossing",
    "F": {"tile": "street:railing", "layer": "walls", "under": "street:pavement"},
    "h": {"tile": "street:hedge", "layer": "walls"},
    "a": {"auto": "street:roof_brick_{mask}"},
    "b": {"auto": "street:roof_white_{mask}"},
    "c": {"auto": "street:roof_stone_{mask}"},
    # the practice: old brick
    "M": facade("brick", "wall"), "W": facade("brick", "window"),
    "L": facade("brick", "window_lit"), "B": facade("brick", "base"),
    "S": facade("brick", "shopwindow"),
    # the clinic: white and teal
    "N": facade("white", "wall"), "X": facade("white", "window"),
    "Y": facade("white", "window_lit"), "Z": facade("white", "base"),
    "V": facade("white", "shopwindow"),
    # the conference hall: warm stone
    "O": facade("stone", "wall"), "Q": facade("stone", "window"),
    "R": facade("stone", "window_lit"), "T": facade("stone", "base"),
    "U": facade("stone", "shopwindow"),
    # the new clinic (Tooth Rebirth's epilogue): pale birch and daylight windows
    "e": facade("birch", "wall"), "f": facade("birch", "window"), "i": facade("birch", "base"),
}

#         0         1         2         3         4
#         012345678901234567890123456789012345678901234567
LAYOUT = """
aaaaaaaaaaahhhbbbbbbbbbbbbhhcccccccccccchhbbbbbb
aaaaaaaaaaahhhbbbbbbbbbbbbhhcccccccccccchhbbbbbb
MWMMMMMMMLMhhhNXXNNNNNNXXNhhOQQOOOOOOQQOhheeeeee
MWMLMMMWMMMhhhNXXYNNNNYXXNhhOQQOOOOORQQOhhfeeeef
BSSBBdBBSdBhhhZVVVZddZVVVZhhTUUTdddTUUUThhiiddii
pppppppppppppppppppppppppppppppppppppppppppppppp
pppppppppppppppppppppppppppppppppppppppppppppppp
pppppppppppppppppppppppppppppppppppppppppppppppp
kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
rrrrrzzrrrrrrrrrrrrzzrrrrrrrrrrrrzzrrrrrrrrrrrrr
lllllzzllllllllllllzzllllllllllllzzlllllllllllll
rrrrrzzrrrrrrrrrrrrzzrrrrrrrrrrrrzzrrrrrrrrrrrrr
gggggzzggggggggggggzzggggggggggggzzggggggggggggg
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK
pppppppppppppppppppppppppppppppppppppppppppppppp
pppppppppppppppppppppppppppppppppppppppppppppppp
pppppppppppppppppppppppppppppppppppppppppppppppp
FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
"""

FURNITURE_LEGEND = {
    "D": "street:door_practice",
    "E": "street:door_flat",
    "C": "street:door_clinic",
    "H": "street:door_hall",
    "L": "street:street_lamp",
    "T": "street:tree",
    "P": "street:planter",
    "B": "street:bench",
    "G": "street:billboard",
    "b": "common:bin",
    "o": "street:bollard",
    "R": "street:door_new_clinic",
}
FURNITURE = """
................................................
................................................
...........TT.............TT............TT......
.....D...E.TT......CC.....TT....HHH.....TT..RR..
.....D...E.TT......CC.....TT....HHH.....TT..RR..
..L.........L..............L..........L........L
..L.....b...L..............L..b.......L........L
..L.........L....o....o....L..........L........L
................................................
................................................
................................................
................................................
................................................
................GGG.............................
..TT............GGG..................TT.........
..TT.....PP.....GGG.....PP...........TT....PP...
..TT.....PP..BB.GGG.....PP..BB.......TT....PP...
................................................
"""

DECOR_LEGEND = {
    "s": "street:sign_practice",
    "c": "street:sign_clinic",
    "h": "street:sign_hall",
    "n": "street:sign_new_clinic",
}
DECOR = """
................................................
................................................
...ssss...........cccc.........hhhh........nnnn.
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
................................................
"""

MARKS = """
................................................
................................................
...aaaa...........bbbb.........cccc.............
...aaaa...........bbbb.........cccc.............
...aa1a..f........b22b.........c333.........88..
................................................
.....4...gj........5.m..r........6..........7...
..............................s.................
................................................
................................................
................................................
................................................
................................................
................GGG.............................
................GGG.............................
................GGG..........t..................
................GGG.............................
................................................
"""

ENTITIES = [
    {"type": "spawn", "name": "entry", "at": "j", "facing": "down"},
    {"type": "spawn", "name": "from_practice", "at": "4", "facing": "down"},
    {"type": "spawn", "name": "from_clinic", "at": "5", "facing": "down"},
    {"type": "spawn", "name": "from_conference", "at": "6", "facing": "down"},
    {"type": "spawn", "name": "from_sam_flat", "at": "g", "facing": "down"},
    {"type": "spawn", "name": "from_new_clinic", "at": "7", "facing": "down"},
    {"type": "warp", "name": "to_practice", "at": "1", "target_map": "practice",
     "target_spawn": "from_street"},
    {"type": "warp", "name": "to_clinic", "at": "2", "target_map": "clinic",
     "target_spawn": "from_street"},
    {"type": "warp", "name": "to_conference", "at": "3", "target_map": "conference_hall",
     "target_spawn": "from_street"},
    {"type": "warp", "name": "to_sam_flat", "at": "f", "target_map": "sam_flat",
     "target_spawn": "entry", "campaign": "rejuvenation", "condition": "chapter >= 3"},
    # the new clinic opens in Tooth Rebirth's epilogue; before that its door leads nowhere
    {"type": "warp", "name": "to_new_clinic", "at": "8", "target_map": "new_clinic",
     "target_spawn": "entry", "campaign": "tooth_rebirth", "condition": "chapter >= 6"},
    # Mr. Osei by the clinic door: chapters 1-2, then in chapter 3 Anya and Sam ask him
    # to speak up (a testimony); in chapter 5 he is in the hall
    {"type": "npc", "name": "passerby_patient", "at": "m", "character": "patient_2",
     "facing": "left", "campaign": "rejuvenation", "dialogue": "street_patient",
     "condition": "chapter <= 2"},
    {"type": "npc", "name": "osei", "at": "m", "character": "patient_2", "facing": "left",
     "campaign": "rejuvenation", "dialogue": "street_osei", "condition": "chapter == 3"},
    {"type": "npc", "name": "passerby_attendee", "at": "t", "character": "attendee_1",
     "facing": "up", "campaign": "rejuvenation", "dialogue": "street_attendee"},
    {"type": "npc", "name": "passerby_patient_tr", "at": "r", "character": "patient_2",
     "facing": "down", "campaign": "tooth_rebirth", "dialogue": "street_patient"},
    # the stand builder (Tooth Rebirth): on the street while the hall is set up; in chapter 3
    # he is in the hall's lobby (conference_hall: attendee_lobby_tr)
    {"type": "npc", "name": "passerby_attendee_tr", "at": "s", "character": "attendee_1",
     "facing": "left", "campaign": "tooth_rebirth", "dialogue": "street_attendee",
     "condition": "chapter <= 2"},
    {"type": "inspect", "name": "practice_sign", "at": "a", "dialogue": "street_practice_sign"},
    {"type": "inspect", "name": "clinic_sign", "at": "b", "dialogue": "street_clinic_sign"},
    {"type": "inspect", "name": "hall_sign", "at": "c", "dialogue": "street_hall_sign"},
    {"type": "inspect", "name": "billboard", "at": "G", "dialogue": "street_billboard"},
]
