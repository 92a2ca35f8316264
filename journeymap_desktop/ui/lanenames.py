"""Lane kinds' names in the UI language (new lanes, menus, the inspector, the outline)."""

from __future__ import annotations

from journeymap_desktop.model.lanes import LaneKind


def lane_kind_name(kind: LaneKind | str) -> str:
    """A lane kind's name in the UI language (used for new lanes and menus)."""
    from PySide6.QtCore import QCoreApplication

    names = {
        LaneKind.ACTIVITIES: QCoreApplication.translate("LaneKind", "Activities"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("LaneKind", "Touchpoints"),
        LaneKind.STORYBOARD: QCoreApplication.translate("LaneKind", "Storyboard"),
        LaneKind.EMOTION: QCoreApplication.translate("LaneKind", "Emotions"),
        LaneKind.ENGAGEMENT: QCoreApplication.translate("LaneKind", "Engagement"),
        LaneKind.TEXT: QCoreApplication.translate("LaneKind", "Thinks and feels"),
        LaneKind.PAIN_POINTS: QCoreApplication.translate("LaneKind", "Pain points"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("LaneKind", "Opportunities"),
        LaneKind.METRICS: QCoreApplication.translate("LaneKind", "Metrics"),
        LaneKind.CHANNELS: QCoreApplication.translate("LaneKind", "Channels"),
        LaneKind.EVIDENCE: QCoreApplication.translate("LaneKind", "Physical evidence"),
        LaneKind.FRONTSTAGE: QCoreApplication.translate("LaneKind", "Frontstage actions"),
        LaneKind.BACKSTAGE: QCoreApplication.translate("LaneKind", "Backstage actions"),
        LaneKind.SUPPORT: QCoreApplication.translate("LaneKind", "Support processes"),
    }
    return names[LaneKind(kind)]
