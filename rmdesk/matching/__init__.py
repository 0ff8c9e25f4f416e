"""Who should pair with whom: scores with reasons, hard rules, and optimal assignment.

Modules load what they need: ``score`` and ``proposals`` are light (the board
uses them at start-up); ``matrix`` and ``assign`` bring numpy and scipy.
"""
