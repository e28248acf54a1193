"""fetcher: fetch pages through a pluggable backend with a thread pool."""
from .engine import Engine, Job, Result

__all__ = ["Engine", "Job", "Result"]
