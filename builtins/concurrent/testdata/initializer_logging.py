# A pool initializer's error is logged at CRITICAL on the
# concurrent.futures logger (with its traceback), as CPython's worker
# does: the script's handlers, levels and logging.disable apply, and
# with no handler the last resort writes it to stderr.
import logging
import sys
from concurrent.futures import ThreadPoolExecutor


def bad_init(name):
    raise ConnectionError(f"no database {name!r}")


def run(tag):
    pool = ThreadPoolExecutor(max_workers=1, initializer=bad_init, initargs=(tag,))
    try:
        pool.submit(print, "never").result(timeout=5)
    except Exception as e:
        print(tag, "->", type(e).__name__)
    pool.shutdown()


class Keep(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        print("record:", record.name, record.levelname, repr(record.getMessage()), repr(exc))


log = logging.getLogger("concurrent.futures")
keep = Keep()
log.addHandler(keep)
run("handled")
log.setLevel(logging.CRITICAL + 1)
run("above critical")
log.setLevel(logging.NOTSET)
logging.disable(logging.CRITICAL)
run("disabled")
logging.disable(logging.NOTSET)
log.removeHandler(keep)
sys.stdout.flush()
run("last resort")
