# A worker's log lines go to stderr, a line-buffered stream whose every
# line hands the GIL to a waiting thread (core.TestLineWriteHandsOver
# checks that order; here it would depend on when the main thread
# queues for the GIL, so this script prints only what does not).
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
    print("worker:", future.result(), "steps:", len(progress))

# Alone, a thread that logs keeps the GIL: nothing waits for it.
logging.info("main logs alone")
print("done")
