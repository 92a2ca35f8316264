"""Present mode (F5): a stage at a time for the room (see ``presenter.py``)."""

from journeymap_desktop.ui.present.presenter import Presenter

__all__ = ["Presenter"]
