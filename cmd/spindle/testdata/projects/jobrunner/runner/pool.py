import logging
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Optional

from .registry import get

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    name: str
    value: Any = None
    error: Optional[str] = None

    @property
    def ok(self):
        return self.error is None


def _run_one(name, arg, seen, lock):
    with lock:
        seen.add(threading.current_thread().name.split("_")[0])
    try:
        return Result(name, get(name)(arg))
    except Exception as e:
        log.error("job %s: %s: %s", name, type(e).__name__, e)
        return Result(name, error=type(e).__name__)


def run_all(tasks, workers=3):
    """Runs (name, arg) pairs on a pool; results in the order of tasks."""
    seen, lock = set(), threading.Lock()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="worker") as ex:
        futures = {ex.submit(_run_one, n, a, seen, lock): i for i, (n, a) in enumerate(tasks)}
        results = [None] * len(tasks)
        for fut in as_completed(futures):
            results[futures[fut]] = fut.result()
    log.info("ran %d jobs on %s threads", len(tasks), ",".join(sorted(seen)))
    return results
