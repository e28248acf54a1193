import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Optional

from .backends import load as load_backend

log = logging.getLogger(__name__)


class FetchError(Exception):
    pass


@dataclass(frozen=True)
class Job:
    url: str
    retries: int = 1


@dataclass
class Result:
    job: Job
    body: Optional[str] = None
    error: Optional[str] = None
    attempts: int = 0
    worker: str = field(default="", compare=False)

    @property
    def ok(self):
        return self.error is None


class Engine:
    def __init__(self, backend="memory", workers=2, backoff=0.01):
        self.backend = load_backend(backend)
        self.workers = workers
        self.backoff = backoff
        self.lock = threading.Lock()
        self.stats = {"ok": 0, "failed": 0, "attempts": 0}

    def fetch_one(self, job):
        result = Result(job, worker=threading.current_thread().name)
        for attempt in range(1, job.retries + 2):
            result.attempts = attempt
            try:
                result.body = self.backend.fetch(job.url)
                result.error = None
                break
            except FetchError as e:
                result.error = str(e)
                log.info("%s: attempt %d failed: %s", job.url, attempt, e)
                time.sleep(self.backoff * attempt)
        with self.lock:
            self.stats["ok" if result.ok else "failed"] += 1
            self.stats["attempts"] += result.attempts
        return result

    def run(self, jobs):
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="fetch") as pool:
            futures = {pool.submit(self.fetch_one, job): job for job in jobs}
            results = [f.result() for f in as_completed(futures)]
        results.sort(key=lambda r: r.job.url)
        log.info("fetched %d pages with %d workers", len(results), self.workers)
        return results

    def report(self, results):
        from .report import render  # late import: report imports this module

        return render(results, self.stats)
