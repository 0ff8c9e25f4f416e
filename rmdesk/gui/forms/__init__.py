"""Python generated from ui/*.ui by tools.build_forms. Never edit these by hand."""
