"""The lock says what every machine installs: it must agree with pyproject.toml and uv.lock.

Catches a dependency added to pyproject.toml without `make lock`, a range that no
longer admits the locked version, and a hand-edited export.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def exported(name: str) -> dict[str, str]:
    """``{package: version}`` pinned in an exported lock, each with at least one hash."""
    pins: dict[str, str] = {}
    current = None
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0].isspace():
            if stripped.startswith("--hash=sha256:") and current:
                pins[current] = pins[current].split("|")[0] + "|hashed"
            continue
        requirement = Requirement(stripped.rstrip("\\").strip())
        specs = list(requirement.specifier)
        assert len(specs) == 1 and specs[0].operator == "==", f"{name}: {stripped} is not pinned"
        current = canonicalize_name(requirement.name)
        pins[current] = specs[0].version
    unhashed = sorted(p for p, v in pins.items() if not v.endswith("|hashed"))
    assert not unhashed, f"{name}: no hash for {unhashed}"
    return {package: version.split("|")[0] for package, version in pins.items()}


def uv_locked() -> dict[str, str]:
    data = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return {canonicalize_name(p["name"]): p["version"] for p in data["package"]
            if "version" in p and p.get("source", {}).get("editable") is None}


def declared(*groups: list[str]) -> list[Requirement]:
    return [Requirement(text) for group in groups for text in group]


@pytest.mark.parametrize(("lock", "requirements"), [
    ("requirements.lock", declared(PYPROJECT["project"]["dependencies"],
                                   PYPROJECT["project"]["optional-dependencies"]["test"],
                                   PYPROJECT["dependency-groups"]["build"])),
    ("requirements-mutation.lock", declared(PYPROJECT["dependency-groups"]["mutation"])),
])
def test_every_declared_dependency_is_locked_inside_its_range(lock, requirements):
    pins = exported(lock)
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in {lock}: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{lock} pins {name} {pins[name]}, outside {requirement.specifier}: run `make lock`")


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-mutation.lock"])
def test_the_exports_agree_with_uv_lock(lock):
    resolved = uv_locked()
    for package, version in exported(lock).items():
        assert resolved.get(package) == version, f"{lock}: {package} {version} is not in uv.lock"


def test_ruff_is_pinned_exactly():
    ruff = [r for r in declared(PYPROJECT["project"]["optional-dependencies"]["test"])
            if canonicalize_name(r.name) == "ruff"]
    assert ruff and [s.operator for s in ruff[0].specifier] == ["=="]
