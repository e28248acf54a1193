# A worker's log lines go to stderr, which CPython line-buffers: each
# line is a write(2) made with the GIL released, so the main thread,
# waiting for the GIL since submit started the worker, runs while the
# worker writes its long report (a write larger than a pipe holds, so
# that CPython's hand-over does not depend on timing), before the
# worker's later steps.
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")
progress = []
REPORT = "\n".join(f"row {i:05d}: " + "#" * 60 for i in range(1100))


def crunch(steps):
    logging.info("input report:\n%s", REPORT)
    for i in range(steps):
        logging.info("step %d/%d", i + 1, steps)
        progress.append(i)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cruncher") as ex:
    future = ex.submit(crunch, 5)
    seen = len(progress)
    print("main ran while the worker logged:", seen < 5)
    print("worker:", future.result(), "steps:", len(progress))

# Alone, a thread that logs keeps the GIL: nothing waits for it.
logging.info("main logs alone")
print("done")
