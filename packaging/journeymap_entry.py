"""Entry point of the bundled app (PyInstaller): the same as the ``journeymap`` command."""

import sys

from journeymap_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
