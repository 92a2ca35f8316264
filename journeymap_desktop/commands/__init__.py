"""Subcommands of the ``journeymap`` CLI, one module each (see :mod:`journeymap_desktop.cli`)."""
