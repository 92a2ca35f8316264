"""The Qt editor: main window, canvas, inspector, outline, dialogs. The only Qt layer."""
