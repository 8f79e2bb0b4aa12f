"""Title, pause and other menus."""
