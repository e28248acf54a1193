"""PyMOTW "logging in threads": basicConfig to stdout with %(threadName)-10s,
per-module loggers, logger.exception inside a worker (the traceback goes to
stdout), exc_info=True and stack-free records, LoggerAdapter with extra,
%-style arguments, isEnabledFor, a Filter per thread, and logging.shutdown.
"""
import logging
import sys
import threading

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(levelname)-8s %(threadName)-10s %(name)s: %(message)s",
)
log = logging.getLogger("workers")
db_log = logging.getLogger("workers.db")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return getattr(record, "n", 0) % 2 == 0


def divide(a, b):
    return a / b


def worker(n, done):
    log.debug("starting with n=%d", n)
    try:
        result = divide(10, n)
    except ZeroDivisionError:
        log.exception("could not divide by %s", n)
    else:
        log.info("10 / %d = %.2f", n, result)
    done.wait()
    log.debug("exiting")


for n in (2, 0):
    done = threading.Event()
    t = threading.Thread(target=worker, args=(n, done), name=f"worker-{n}")
    t.start()
    done.set()
    t.join()

try:
    {}["missing"]
except KeyError:
    db_log.error("lookup failed", exc_info=True)
    db_log.warning("no traceback here, exc_info=False", exc_info=False)

adapter = logging.LoggerAdapter(log, {"conn": "db-1"})


class ConnAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['conn']}] {msg}", kwargs


ca = ConnAdapter(db_log, {"conn": "pool-7"})
ca.info("connected")
adapter.info("plain adapter keeps the message")

log.setLevel(logging.INFO)
print("debug enabled:", log.isEnabledFor(logging.DEBUG), "info enabled:", log.isEnabledFor(logging.INFO))
print("db effective level:", logging.getLevelName(db_log.getEffectiveLevel()))
log.debug("hidden")

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("  even-only | %(threadName)s | %(message)s"))
handler.addFilter(OnlyEven())
counter = logging.getLogger("counter")
counter.addHandler(handler)
counter.propagate = False
counter.setLevel(logging.INFO)


def count(n):
    counter.info("value %d", n, extra={"n": n})


for n in range(4):
    t = threading.Thread(target=count, args=(n,), name=f"Счётчик-{n}")
    t.start()
    t.join()

print("logger names:", sorted(name for name in logging.root.manager.loggerDict if name.startswith(("workers", "counter"))))
print("parent of workers.db:", db_log.parent.name)
logging.shutdown()
