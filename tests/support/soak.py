"""The soak switch and the hypothesis profiles.

`make test` runs the bounded profile (``ci`` under CI=true: derandomised, so a
run on CI is the same run everywhere, and it prints the blob that reproduces a
failure). `make soak` sets ENAMEL_SOAK=1 and runs the long profile.

A test that needs fewer or more examples than the profile asks through
:func:`examples`, so the soak profile scales it too; no test sets
``max_examples`` by itself.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SOAK = os.environ.get("ENAMEL_SOAK") == "1"
CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

BOUNDED_EXAMPLES = 60
SOAK_EXAMPLES = 3000

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}

settings.register_profile("bounded", max_examples=BOUNDED_EXAMPLES, **_COMMON)
settings.register_profile(
    "ci", max_examples=BOUNDED_EXAMPLES, derandomize=True, print_blob=True, database=None,
    **_COMMON,
)
settings.register_profile("soak", max_examples=SOAK_EXAMPLES, print_blob=True, **_COMMON)


def profile_name() -> str:
    """The profile this run uses: ENAMEL_SOAK wins, then CI, then the bounded default."""
    if SOAK:
        return "soak"
    return "ci" if CI else "bounded"


def soak_scale(bounded: int, soak: int) -> int:
    """How many iterations a soak test runs: few under `make test`, many under `make soak`."""
    return soak if SOAK else bounded


def examples(fraction: float) -> settings:
    """Hypothesis settings with a share of the active profile's examples (at least one)."""
    base = settings.get_profile(profile_name())
    return settings(base, max_examples=max(1, round(base.max_examples * fraction)))
