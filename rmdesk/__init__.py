"""rmdesk: run a reverse-mentoring program from one local file."""

__version__ = "0.1.0"
