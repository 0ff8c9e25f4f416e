"""The forms the window opens: each a .ui layout with the code that fills and saves it."""
