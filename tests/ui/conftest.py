"""Fixtures of the editor tests (helpers to drive the window are in :mod:`.uihelpers`).

Nothing is imported in the Qt-blocked run, where this folder is not collected but this
file is still read.
"""

import os

if os.environ.get("JOURNEYMAP_BLOCK_QT") != "1":
    from tests.ui.uihelpers import _no_modal_boxes, editor, window

    __all__ = ["_no_modal_boxes", "editor", "window"]

    import pytest

    @pytest.fixture(autouse=True)
    def _clear_clipboard() -> object:
        """Data a test left on the offscreen clipboard crashes the interpreter at exit
        (segfault after test_copy_paste_cards_between_cells): empty it after each test."""
        yield
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()

    @pytest.fixture(autouse=True)
    def _give_back_signals() -> object:
        """A test that starts the editor the way ``journeymap`` does (the start-up's steps,
        ``run_editor`` with its loop stubbed) may leave the SIGTERM watch of ui/terminate.py
        installed in the test process: give Python's handlers back after each test."""
        yield
        from journeymap_desktop.ui import terminate

        terminate.uninstall()
