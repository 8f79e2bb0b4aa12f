"""Run Python code in a fresh process where some packages cannot be imported.

Every attempt to import a blocked package raises ImportError and is noted in the
list ``attempts`` the code can read, so an attempt that a library catches and
survives (pytmx catches a missing pygame) still counts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_without(packages: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` from the repository's root with ``packages`` blocked; output as text."""
    prelude = (
        "import sys\n"
        "attempts = []\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {packages!r}:\n"
        "            attempts.append(name)\n"
        "            raise ImportError(name + ' is not available here')\n"
        "sys.meta_path.insert(0, Block())\n"
    )
    return subprocess.run([sys.executable, "-c", prelude + code], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
