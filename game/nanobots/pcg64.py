"""numpy's PCG64 bit generator in plain Python, for the reference simulation.

It continues from a ``Generator.bit_generator.state`` dict and yields the same
doubles as ``Generator.random()``: a 128-bit LCG step, then the XSL-RR output
function, then the top 53 bits scaled into [0, 1).
"""

from __future__ import annotations

MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645
MASK128 = (1 << 128) - 1
MASK64 = (1 << 64) - 1
TO_DOUBLE = 1.0 / 9007199254740992.0  # 2**-53


class PCG64:
    def __init__(self, state: int, inc: int) -> None:
        self.state = state & MASK128
        self.inc = inc & MASK128

    @classmethod
    def from_numpy_state(cls, data: dict) -> PCG64:
        if data.get("bit_generator") != "PCG64":
            raise ValueError("not a PCG64 state")
        return cls(int(data["state"]["state"]), int(data["state"]["inc"]))

    def numpy_state(self) -> dict:
        return {
            "bit_generator": "PCG64",
            "state": {"state": self.state, "inc": self.inc},
            "has_uint32": 0,
            "uinteger": 0,
        }

    def next64(self) -> int:
        self.state = (self.state * MULTIPLIER + self.inc) & MASK128
        s = self.state
        xored = ((s >> 64) ^ s) & MASK64
        rot = s >> 122
        return ((xored >> rot) | (xored << ((64 - rot) & 63))) & MASK64

    def random(self) -> float:
        return (self.next64() >> 11) * TO_DOUBLE
