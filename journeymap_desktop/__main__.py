"""``python -m journeymap_desktop``: the same as the ``journeymap`` command."""

import sys

from journeymap_desktop.cli import main

sys.exit(main())
