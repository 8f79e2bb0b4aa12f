"""The nanobot debugger: swarm simulation, levels and the debugger scene."""
