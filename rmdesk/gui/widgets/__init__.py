"""Widgets the forms share: the date field, screen fitting and the form dialog's discard guard."""
