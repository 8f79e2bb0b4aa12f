"""The overworld: Tiled maps, collision, actors, walking, warps, the map view."""
