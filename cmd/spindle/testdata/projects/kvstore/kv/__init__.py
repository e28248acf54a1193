"""kv: an in-memory key-value store with a threaded command worker."""

from .store import Store, KeyMissing
from .worker import Worker, run_script

__all__ = ["Store", "KeyMissing", "Worker", "run_script"]
