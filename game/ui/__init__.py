"""Shared look and widgets for menus and boxes: theme colours, menus, toasts."""
