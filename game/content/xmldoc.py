"""Reading content XML (Tiled maps and tilesets) safely, with a position for every element.

The document is parsed by expat with every DTD feature refused: a ``<!DOCTYPE>``, any
entity declaration and any external entity reference stop the parse with an error
at their place, so no entity is ever expanded and no other file is ever opened.
Each element keeps its 1-based line and column, which errors about it report.

``parse_xml(data, positions=False)`` builds the same tree with the standard library's
C tree builder instead (``xml.etree.ElementTree.Element``: the same ``tag``, ``get``,
``find``, ``findall``, ``text`` and iteration), with the same refusals, several times
faster but without positions; readers use it for big files and parse again with
positions only to report a problem (:func:`where` gives (0, 0) for such elements).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat


class XmlError(ValueError):
    """A document that cannot be read; ``line`` and ``col`` count from 1."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message


class Element:
    """One element: its tag, attributes, place (1-based), children and text."""

    __slots__ = ("attrs", "children", "col", "line", "parts", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], line: int, col: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.col = col
        self.children: list[Element] = []
        self.parts: list[str] = []

    def __repr__(self) -> str:
        return f"<{self.tag} at {self.line}:{self.col}>"

    def __iter__(self) -> Iterator[Element]:
        return iter(self.children)

    @property
    def attrib(self) -> dict[str, str]:
        return self.attrs

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrs.get(key, default)

    def find(self, tag: str) -> Element | None:
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list[Element]:
        return [child for child in self.children if child.tag == tag]

    def iterfind(self, path: str) -> Iterator[Element]:
        """Elements at ``path`` below this one (tags joined by ``/``), in document order."""
        here: list[Element] = [self]
        for tag in path.split("/"):
            here = [child for element in here for child in element.children if child.tag == tag]
        return iter(here)

    def iter(self, tag: str) -> Iterator[Element]:
        """This element and all below it with this tag, in document order."""
        if self.tag == tag:
            yield self
        for child in self.children:
            yield from child.iter(tag)


class _Builder:
    def __init__(self, parser: expat.XMLParserType) -> None:
        self.parser = parser
        # the document's root sits under a holder, so every element has a parent
        self.holder = Element("", {}, 1, 1)
        self.stack: list[Element] = [self.holder]

    @property
    def root(self) -> Element | None:
        return self.holder.children[0] if self.holder.children else None

    def here(self) -> tuple[int, int]:
        return self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        parser = self.parser
        element = Element(tag, attrs, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        stack = self.stack
        stack[-1].children.append(element)
        stack.append(element)

    def end(self, tag: str) -> None:
        self.stack.pop()

    def data(self, text: str) -> None:
        self.stack[-1].parts.append(text)

    def refuse(self, what: str, data: bytes = b"") -> None:
        line, col = self.here()
        # expat reports a declaration a little after its start: point at the "<!" instead
        start = data.rfind(b"<!", 0, max(0, self.parser.CurrentByteIndex) + 1)
        if start >= 0:
            line = data.count(b"\n", 0, start) + 1
            col = start - (data.rfind(b"\n", 0, start) + 1) + 1
        raise XmlError(line, col, f"{what} is not allowed in content files (no DTDs or "
                                  "entities: they could read other files or expand without end)")


def where(element: Any) -> tuple[int, int]:
    """An element's line and column (1-based), or (0, 0) if it was read without them."""
    return getattr(element, "line", 0), getattr(element, "col", 0)


def parse_xml(data: bytes, positions: bool = True) -> Any:
    """The root element of ``data`` (an :class:`Element`, or with ``positions=False`` an
    ``ElementTree.Element``); :class:`XmlError` with the place of the first problem."""
    parser = expat.ParserCreate()
    builder = _Builder(parser)
    parser.buffer_text = True
    fast = ElementTree.TreeBuilder()
    if positions:
        parser.StartElementHandler = builder.start
        parser.EndElementHandler = builder.end
        parser.CharacterDataHandler = builder.data
    else:  # the C tree builder's own methods: no Python call per element
        parser.StartElementHandler = fast.start
        parser.EndElementHandler = fast.end
        parser.CharacterDataHandler = fast.data
    parser.StartDoctypeDeclHandler = \
        lambda *args: builder.refuse("a <!DOCTYPE> declaration", data)
    parser.EntityDeclHandler = lambda *args: builder.refuse("an <!ENTITY> declaration", data)
    parser.ExternalEntityRefHandler = lambda *args: builder.refuse("an external entity")
    parser.SkippedEntityHandler = lambda *args: builder.refuse("an entity reference")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XmlError(exc.lineno, exc.offset + 1,
                       f"not valid XML: {expat.ErrorString(exc.code)}") from None
    if not positions:
        return fast.close()
    if builder.root is None:  # pragma: no cover - expat reports an empty document itself
        raise XmlError(1, 1, "not valid XML: no element")
    return builder.root
