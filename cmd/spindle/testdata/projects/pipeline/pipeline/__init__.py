"""A producer/consumer pipeline on threads."""

from .stages import Pipeline, square, keep_even

__all__ = ["Pipeline", "square", "keep_even"]
