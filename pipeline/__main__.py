"""`python -m pipeline`: starts the command line an application registered for this library.

The library never imports the application: `flows` registers its CLI under the entry-point
group below (see pyproject.toml), so `pipeline` stays importable without Prefect.
"""

import sys
from importlib.metadata import entry_points

commands = entry_points(group="municipal_pipeline.cli", name="main")
if not commands:
    sys.exit("no command line installed: pip install -e . registers flows.cli")
next(iter(commands)).load()()
