"""Gradebook: a course assignment (week 6, packages and testing)."""

from .models import Student, Grade, Course
from .stats import mean, median, letter
from .loader import load_course

__all__ = ["Student", "Grade", "Course", "mean", "median", "letter", "load_course"]
__version__ = "0.3"
