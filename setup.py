"""What pyproject.toml cannot say: which packages, and the base game's content as package data.

The content folders stay at the top of the repository, where the game, its tools and
mutmut expect them. Each is mapped (``package_dir``) to a data-only package under
``game/_content/`` and shipped whole (``package_data``, ``**`` globs), so a wheel holds
``game/_content/assets/...`` and so on, and an sdist holds the folders themselves.
game/paths.py looks there when the game is installed from a wheel. An editable install
puts nothing in ``game/`` on disk (its import hook only maps ``game._content.*`` to the
checkout's folders), so the game finds the folders in the checkout, as before.
"""

from setuptools import find_namespace_packages, setup

CONTENT = ("assets", "dialogue", "levels", "maps")

setup(
    # The same packages as the former [tool.setuptools.packages.find] include = ["game*"].
    packages=[*find_namespace_packages(include=["game*"], exclude=["*__pycache__"]),
              *(f"game._content.{folder}" for folder in CONTENT)],
    package_dir={f"game._content.{folder}": folder for folder in CONTENT},
    package_data={f"game._content.{folder}": ["**/*"] for folder in CONTENT},
)
