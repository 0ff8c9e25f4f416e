"""Python generated from ui/*.ui by rmdesk.gui.build_forms. Never edit these by hand."""
