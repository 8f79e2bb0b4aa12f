"""Layout sources of the maps; tools/build_maps.py turns each module into maps/<name>.tmx."""
