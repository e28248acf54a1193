import logging
import queue
import threading

from .commands import execute

log = logging.getLogger(__name__)
STOP = object()


class Worker(threading.Thread):
    """Runs command lines from a queue against a store, in order."""

    def __init__(self, store, name="kv-worker"):
        super().__init__(name=name, daemon=True)
        self.store = store
        self.inbox = queue.Queue()
        self.results = []

    def run(self):
        while True:
            item = self.inbox.get()
            try:
                if item is STOP:
                    return
                lineno, line = item
                try:
                    out = execute(self.store, line)
                except (ValueError, KeyError) as e:
                    log.warning("line %d: %s", lineno, e)
                    out = f"ERR {e}"
                if out is not None:
                    self.results.append((lineno, out))
            finally:
                self.inbox.task_done()

    def submit(self, lineno, line):
        self.inbox.put((lineno, line))

    def stop(self):
        self.inbox.put(STOP)
        self.join()


def run_script(store, lines):
    w = Worker(store)
    w.start()
    for i, line in enumerate(lines, 1):
        w.submit(i, line)
    w.inbox.join()
    w.stop()
    return w.results
