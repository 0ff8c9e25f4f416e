"""PDF evaluation reports (reportlab): one pair, or a whole program for its board."""
