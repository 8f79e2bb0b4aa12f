"""The node graph of a campaign: which node leads to which, for Graphviz or Mermaid.

Edges come from the steps that lead to nodes (``goto`` and ``call``: a step's
``links`` in the registry), labelled with the choice option, ``if`` branch,
minigame result or debate answer they sit under. Entry points
(the campaign start, chapters, map objects) point at the nodes they start.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.dialogue import model as m
from game.dialogue.steps import for_model

FORMATS = ("dot", "mermaid")
LABEL_LIMIT = 32


@dataclass(frozen=True)
class Edge:
    source: str  # a node id, or an entry point's label
    target: str
    kind: str  # goto, call, entry
    label: str


def node_edges(campaign: m.Campaign) -> list[Edge]:
    edges: list[Edge] = []
    for node in campaign.nodes.values():
        _walk(node.id, node.steps, "", edges)
    return edges


def entry_edges(campaign: m.Campaign) -> list[Edge]:
    edges = []
    if campaign.start is not None and campaign.start.node:
        edges.append(Edge("campaign start", campaign.start.node, "entry", ""))
    for chapter in campaign.chapters:
        edges.append(Edge(f"chapter {chapter.number}: {chapter.title}", chapter.node, "entry", ""))
    catalog = campaign.catalog
    for info in catalog.maps.values() if catalog else ():
        for obj in info.objects:
            owner = obj.props.get("campaign")
            target = obj.props.get("dialogue")
            if target and obj.kind in ("npc", "inspect") and owner in (None, "", campaign.id):
                label = f"{info.name}: {obj.name or obj.object_id}"
                edges.append(Edge(label, target, "entry", ""))
    return edges


def _walk(source: str, steps: m.Steps, label: str, edges: list[Edge]) -> None:
    for step in steps:
        kind = for_model(step.__class__)
        if kind is not None and kind.links is not None:
            edges.extend(Edge(source, node, link, label) for link, node in kind.links(step))
        for key, inner in m.sub_blocks(step):
            _walk(source, inner, _block_label(step, key) or label, edges)


def _block_label(step: m.Step, key: str) -> str:
    if isinstance(step, m.ChoiceStep):
        return _short(step.options[int(key[1:])].text)
    if isinstance(step, m.IfStep):
        return "else" if key == "else" else _short("if " + step.branches[int(key)][0]
                                                     .condition.source)
    if isinstance(step, m.DebateStep):
        kind, _, rest = key.partition(":")
        if kind == "present":
            claim, answer = (int(x) for x in rest.split(":"))
            return f"present {step.claims[claim].answers[answer].item}"
        return kind
    declared = for_model(step.__class__)
    if declared is not None:
        return declared.label(step, key) if declared.label is not None else key
    return ""


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def render(campaign: m.Campaign, fmt: str = "dot") -> str:
    edges = entry_edges(campaign) + node_edges(campaign)
    missing = sorted({e.target for e in edges} - set(campaign.nodes))
    entries = list(dict.fromkeys(e.source for e in edges if e.kind == "entry"))
    if fmt == "mermaid":
        return _mermaid(campaign, edges, entries, missing)
    return _dot(campaign, edges, entries, missing)


def _dot(campaign: m.Campaign, edges: list[Edge], entries: list[str], missing: list[str]) -> str:
    q = _dot_quote
    out = [f"digraph {q(campaign.id)} {{", "  rankdir=LR;",
           '  node [shape=box, fontname="sans-serif"];', '  edge [fontname="sans-serif"];']
    out += [f"  {q(node)};" for node in campaign.nodes]
    out += [f"  {q('entry: ' + e)} [shape=oval, style=filled, fillcolor=lightblue, label={q(e)}];"
            for e in entries]
    out += [f"  {q(node)} [style=dashed, color=red, label={q(node + ' (missing)')}];"
            for node in missing]
    for e in edges:
        source = q("entry: " + e.source) if e.kind == "entry" else q(e.source)
        attrs = []
        if e.label:
            attrs.append(f"label={q(e.label)}")
        if e.kind == "call":
            attrs.append("style=dashed")
        suffix = f" [{', '.join(attrs)}]" if attrs else ""
        out.append(f"  {source} -> {q(e.target)}{suffix};")
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _mermaid(
    campaign: m.Campaign, edges: list[Edge], entries: list[str], missing: list[str]
) -> str:
    ids: dict[str, str] = {}

    def ident(name: str, prefix: str) -> str:
        key = prefix + name
        if key not in ids:
            ids[key] = f"{prefix}{len(ids)}"
        return ids[key]

    out = ["flowchart LR"]
    out += [f'  {ident(node, "n")}["{_mermaid_text(node)}"]' for node in campaign.nodes]
    out += [f'  {ident(e, "e")}(["{_mermaid_text(e)}"])' for e in entries]
    out += [f'  {ident(node, "n")}["{_mermaid_text(node)} (missing)"]:::missing'
            for node in missing]
    for e in edges:
        source = ident(e.source, "e" if e.kind == "entry" else "n")
        arrow = "-.->" if e.kind == "call" else "-->"
        label = f'|"{_mermaid_text(e.label)}"|' if e.label else ""
        out.append(f"  {source} {arrow}{label} {ident(e.target, 'n')}")
    if missing:
        out.append("  classDef missing stroke:#d33,stroke-dasharray:4")
    return "\n".join(out) + "\n"


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("|", "#124;")
