"""A small threaded job runner."""

from .registry import job, JOBS, get
from .pool import run_all, Result

__all__ = ["job", "JOBS", "get", "run_all", "Result"]
