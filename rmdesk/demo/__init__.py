"""A deterministic demo program of a realistic Indonesian company."""

from rmdesk.demo.generator import generate

__all__ = ["generate"]
