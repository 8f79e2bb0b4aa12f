#!/usr/bin/env python3
"""Render a Tiled map to a PNG for looking at it without the game.

Draws every visible tile layer in order (first animation frame), then outlines the
objects of every object layer and labels them with their name (and type). Spawns and
NPCs are drawn as small markers at their feet point.

Usage: python tools/preview_map.py maps/clinic.tmx [-o out.png] [--scale 2] [--no-labels]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pytmx
from pytmx.util_pygame import load_pygame

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "assets" / "fonts" / "JetBrainsMono-Regular.ttf"
COLOURS = {"spawn": (61, 186, 169), "npc": (238, 192, 60), "warp": (238, 92, 166),
           "inspect": (140, 207, 255)}


def render(path: Path, scale: int = 2, labels: bool = True) -> pygame.Surface:
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    tmx = load_pygame(str(path))
    tw, th = tmx.tilewidth, tmx.tileheight
    base = pygame.Surface((tmx.width * tw, tmx.height * th), pygame.SRCALPHA)
    base.fill((17, 17, 25, 255))
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, image in layer.tiles():
                base.blit(image, (x * tw, y * th))
    out = pygame.transform.scale(base, (base.get_width() * scale, base.get_height() * scale))
    if not labels:
        return out
    font = pygame.font.Font(str(FONT), max(9, 5 * scale))
    for group in tmx.objectgroups:
        for obj in group:
            kind = obj.type or ""
            col = COLOURS.get(kind, (255, 80, 80))
            x, y = obj.x * scale, obj.y * scale
            if obj.width and obj.height:
                r = pygame.Rect(round(x), round(y), round(obj.width * scale),
                                round(obj.height * scale))
                pygame.draw.rect(out, col, r, 2)
            else:
                pygame.draw.circle(out, (0, 0, 0), (round(x), round(y)), 3 * scale // 2 + 1)
                pygame.draw.circle(out, col, (round(x), round(y)), 3 * scale // 2)
            label = obj.name or ""
            extra = obj.properties.get("campaign")
            if kind == "npc" and extra:
                label += "*" if extra == "tooth_rebirth" else ""
            text = font.render(label, True, col)
            shadow = font.render(label, True, (0, 0, 0))
            tx = round(x) - (text.get_width() // 2 if not obj.width else 0)
            ty = round(y) + 2 * scale if not obj.width else round(y) + 1
            out.blit(shadow, (tx + 1, ty + 1))
            out.blit(text, (tx, ty))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("map", type=Path)
    ap.add_argument("-o", "--out", type=Path)
    ap.add_argument("--scale", type=int, default=2)
    ap.add_argument("--no-labels", action="store_true")
    args = ap.parse_args(argv)
    out = args.out or Path("/tmp") / f"preview_{args.map.stem}.png"
    surf = render(args.map, args.scale, not args.no_labels)
    pygame.image.save(surf, str(out))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
