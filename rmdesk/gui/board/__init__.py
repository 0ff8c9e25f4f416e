"""The pairing board: the page, its painted cards and the suggestions list."""
