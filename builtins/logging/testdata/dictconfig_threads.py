# logging.config.dictConfig as tutorials configure logging for threaded
# programs: formatters with %(threadName)s, a stdout handler, a
# QueueHandler/QueueListener pair, loggers with propagate, and the
# disable_existing_loggers gotcha.
import logging
import logging.config
import logging.handlers
import queue
import sys
import threading

early = logging.getLogger("early")          # made before dictConfig
early_child = logging.getLogger("app.db")   # a child of a configured logger

LOGQ = queue.Queue()
CONFIG = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "threads": {"format": "[%(threadName)s] %(levelname)s %(message)s"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief",
                    "level": "INFO", "stream": "ext://sys.stdout"},
        "threaded": {"class": "logging.StreamHandler", "formatter": "threads",
                     "stream": "ext://sys.stdout", "filters": ["only_app"]},
        "to_queue": {"class": "logging.handlers.QueueHandler", "queue": "cfg://queue_obj"},
    },
    "queue_obj": LOGQ,
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["threaded"], "propagate": False},
        "audit": {"level": "WARNING", "handlers": ["to_queue"]},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
}
logging.config.dictConfig(CONFIG)

log = logging.getLogger("app")
early.warning("disabled by dictConfig: never shown")
print("early disabled:", early.disabled, "| app.db disabled:", early_child.disabled, early_child.level)
logging.info("root info")
logging.debug("root debug: below INFO")
logging.getLogger("audit").warning("goes to the queue (and propagates to root)")
print("queued:", LOGQ.qsize(), LOGQ.get_nowait().getMessage())
print("handler names:", sorted(h.name for h in logging.getLogger().handlers), [h.name for h in log.handlers])

turn = [threading.Event() for _ in range(3)]
turn[0].set()


def worker(n):
    turn[n].wait()
    log.debug("worker %d starting", n)
    logging.getLogger("app.worker").info("worker %d done", n)
    if n + 1 < len(turn):
        turn[n + 1].set()


threads = [threading.Thread(target=worker, args=(i,), name=f"Поток-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "loggers": {"early": {"handlers": ["h"], "level": "ERROR"}}})
early.error("early is back: %s", early.disabled)
for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}},
            {"version": 1, "handlers": {"x": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "root": {"handlers": ["missing"]}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
