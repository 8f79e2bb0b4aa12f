"""Run a test under both YAML loaders: libyaml (``yaml.CSafeLoader``) and pure Python.

Every content reader picks its loader through
:func:`game.content.yamldepth.safe_loader`, which follows
``game.content.yamldepth.USE_LIBYAML``; the fixture switches that flag, and
fails the test if anything composes or parses YAML with the other loader
meanwhile (a reader that picked its loader some other way).

Use it by importing the fixture into the test module (pytest finds fixtures by
name in the module) and asking for it with ``usefixtures`` (ruff would take a
``yaml_backend`` argument for a redefinition of the import, F811)::

    from tests.support.yaml_backends import yaml_backend  # noqa: F401

    @pytest.mark.usefixtures("yaml_backend")
    def test_something(tmp_path):
        ...  # runs twice: [libyaml] and [pure]

The ``libyaml`` run is skipped, with the reason, when PyYAML was built without
libyaml. A module-scoped fixture that must not leave the loader switched for
other tests can use :func:`use_backend` with :data:`BACKENDS` as its params::

    @pytest.fixture(scope="module", params=BACKENDS)
    def results(request):
        with use_backend(request.param):
            return compute()
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

from game.content import yamldepth

HAS_LIBYAML = hasattr(yaml, "CSafeLoader")
NO_LIBYAML = "PyYAML here has no libyaml (yaml.CSafeLoader is missing)"

#: pytest params for both loaders: ``libyaml`` (skipped without it) and ``pure``.
BACKENDS = [
    pytest.param("libyaml", marks=pytest.mark.skipif(not HAS_LIBYAML, reason=NO_LIBYAML)),
    pytest.param("pure"),
]


@contextlib.contextmanager
def use_backend(name: str) -> Iterator[str]:
    """Make every content reader use the named loader ("libyaml" or "pure") inside."""
    if name not in ("libyaml", "pure"):
        raise ValueError(f"unknown YAML backend {name!r}")
    if name == "libyaml" and not HAS_LIBYAML:
        pytest.skip(NO_LIBYAML)
    expected = yaml.CSafeLoader if name == "libyaml" else yaml.SafeLoader
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamldepth, "USE_LIBYAML", name == "libyaml")
        assert yamldepth.safe_loader() is expected
        for function in ("compose", "parse"):
            patch.setattr(yaml, function, _only_with(getattr(yaml, function), expected))
        yield name


def _only_with(function: Callable[..., Any], expected: type) -> Callable[..., Any]:
    def checked(stream: Any, Loader: type | None = None) -> Any:  # PyYAML's keyword name
        assert Loader is not None and issubclass(Loader, expected), \
            f"yaml.{function.__name__} with {Loader}, not {expected.__name__}"
        return function(stream, Loader)
    return checked


@pytest.fixture(params=BACKENDS)
def yaml_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The loader this run uses, "libyaml" or "pure"; every content reader uses it."""
    with use_backend(request.param) as name:
        yield name
