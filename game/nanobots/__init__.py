"""The nanobot debugger: a deterministic swarm simulation and a minigame that debugs it.

Logic (no pygame):
    tissues, grid      - tissue kinds and the layout grid
    rules              - the program: rule kinds, typed parameters, edits
    flowfield, compile - distance fields and compiled per-tick operations
    physics, sim       - the vectorised simulation (numpy), snapshots, state hash
    pcg64, reference   - the plain-Python reference the tests compare against
    timeline           - snapshots and exact rewinds
    breakpoints        - pause on events
    levels, yamlnodes  - level files, validation with path:line:col diagnostics
    outcome            - win/lose and LevelResult
    session            - the debugger's input-driven logic
    carry              - a program won in one level read back and fitted onto another
Views (pygame):
    render             - bots and tissue into a shared pixel array
    widgets, view_*    - panels of the instrument
    debugger           - DebuggerScene(game, level_id, on_result)
"""
