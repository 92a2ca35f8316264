"""The map canvas: a QGraphicsScene drawn from the layout, its items, view and interactions."""
