"""``python -m medialit ...``: see :mod:`medialit.cli`."""
import sys

from .cli import main

sys.exit(main())
