"""``python -m medialit ...``: see :mod:`medialit.cli`."""
import sys

try:
    from .cli import main
except ImportError as exc:  # run with a Python that lacks the kit's packages
    sys.exit(f"The kit's packages are not installed for {sys.executable} ({exc}).\n"
             "Run `make lab` once in the kit's folder, then use: .venv/bin/python -m medialit ...")

sys.exit(main())
