"""PyMOTW-style logging from threads: per-thread context via a Filter, defaults, stack_info."""
import logging
import sys
import threading
import queue

request = threading.local()


class RequestFilter(logging.Filter):
    """Copies the current thread's request id into every record."""

    def filter(self, record):
        rid = getattr(request, "rid", None)
        if rid is not None:
            record.rid = rid
        return True


class Upper(logging.Formatter):
    def formatMessage(self, record):
        text = super().formatMessage(record)
        return text.upper() if record.levelno >= logging.ERROR else text

    def formatException(self, ei):
        return f"    !! {ei[0].__name__}: {ei[1]}"


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestFilter())
handler.setFormatter(Upper("%(threadName)-10s rid=%(rid)-4s %(levelname)-7s %(message)s",
                           defaults={"rid": "----"}))
logging.basicConfig(level=logging.DEBUG, handlers=[handler])
log = logging.getLogger(__name__)

jobs = queue.Queue()
for rid, payload in enumerate(["10", "x", "30", "-1", None], start=100):
    jobs.put((rid, payload))


def handle(payload):
    value = int(payload)
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value * 2


def worker():
    while True:
        rid, payload = jobs.get()
        if payload is None:
            log.debug("sentinel seen")
            jobs.task_done()
            return
        request.rid = rid
        try:
            log.info("handling %r", payload)
            log.info("result %d", handle(payload))
        except ValueError:
            log.exception("request failed")
        finally:
            del request.rid
            jobs.task_done()


log.info("starting")
t = threading.Thread(target=worker, name="worker-1")
t.start()
jobs.join()
t.join()
log.warning("all done, %d left", jobs.qsize())

audit = logging.getLogger("audit")
audit.propagate = False
plain = logging.StreamHandler(sys.stdout)
plain.setFormatter(logging.Formatter("%(name)s:%(funcName)s:%(message)s"))
audit.addHandler(plain)


def check(level):
    audit.log(level, "checked at %s", logging.getLevelName(level), stack_info=level >= logging.ERROR)


for lvl in (logging.INFO, logging.ERROR):
    check(lvl)
print(log.name, log.getEffectiveLevel(), audit.hasHandlers(), len(logging.getLogger().handlers))
