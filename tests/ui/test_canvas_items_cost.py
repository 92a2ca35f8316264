"""Opening a map makes an item per card, picture and curve: what each costs is only what the
first frame needs. A curve's hit shape is merged when first hit-tested (the same shape as
before), and every card shares one open-hand cursor."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QApplication

from journeymap_desktop.ui.canvas.items import CardItem, CurveItem
from journeymap_desktop.ui.canvas.paint import bezier_path
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.document import MapDocument
from tests.editing.editing_maps import rich_map


def test_a_curves_hit_shape_is_made_when_first_hit_tested_and_is_the_merged_outline(qapp: QApplication) -> None:
    scene = MapScene(MapDocument(rich_map()))
    curves = [item for item in scene.items() if isinstance(item, CurveItem)]
    assert curves
    for curve in curves:
        assert curve._shape is None  # opening the map merged no outline
        box = curve.box
        stroker = QPainterPathStroker()
        stroker.setWidth(CurveItem.HIT_WIDTH)
        expected = stroker.createStroke(bezier_path(box.path))
        for marker in box.markers:
            expected.addEllipse(QPointF(marker.center.x, marker.center.y), marker.radius + 4, marker.radius + 4)
        assert curve.shape() == expected.simplified()
        assert curve.shape() is curve.shape()  # merged once


def test_cards_show_the_open_hand(qapp: QApplication) -> None:
    scene = MapScene(MapDocument(rich_map()))
    cards = [item for item in scene.items() if isinstance(item, CardItem)]
    assert cards and all(card.cursor().shape() == Qt.CursorShape.OpenHandCursor for card in cards)
