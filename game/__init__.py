"""ENAMEL 2045: a 2D narrative game about dentistry in the age of nanobots."""

__version__ = "0.1.0"
