"""logging.basicConfig with a format of threadName/levelname, getLogger(__name__),
child loggers, a handler collecting records, and exc_info from workers."""
import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(stream=sys.stdout, format="%(levelname)-8s %(threadName)s %(name)s: %(message)s",
                    level=logging.INFO)
log = logging.getLogger(__name__)
db_log = logging.getLogger("app.db")
net_log = logging.getLogger("app.net")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, record.getMessage(), record.threadName))


collector = ListHandler()
logging.getLogger("app").addHandler(collector)
log.info("старт, уровень %s", logging.getLevelName(log.getEffectiveLevel()))
log.debug("не видно")


def job(n):
    db_log.info("query %d", n)
    if n % 3 == 0:
        net_log.warning("slow response for %d", n)
    if n == 4:
        try:
            {}["key-%d" % n]
        except KeyError:
            net_log.error("lookup failed for %d", n, exc_info=False)
    return n * 2


# run sequentially in named threads so the output order is fixed
for i in range(1, 6):
    t = threading.Thread(target=job, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()

print("collected:")
for rec in collector.records:
    print("  ", rec)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    results = list(ex.map(lambda n: n * n, range(5)))
log.info("pool results %s", results)
logging.getLogger("app").setLevel(logging.ERROR)
db_log.warning("suppressed by parent level")
net_log.error("shown: %s", "ошибка сети")
print("effective:", db_log.getEffectiveLevel(), logging.getLevelName(db_log.getEffectiveLevel()))
print("isEnabledFor WARNING:", db_log.isEnabledFor(logging.WARNING))
print("handlers on root:", len(logging.getLogger().handlers), "on app:", len(logging.getLogger("app").handlers))
print("propagate:", db_log.propagate, "parent:", db_log.parent.name, "root parent:", logging.getLogger("app").parent.name)
adapter = logging.LoggerAdapter(log, {"req": 7})
adapter.info("via adapter")
logging.getLogger("app").removeHandler(collector)
net_log.critical("after removing collector")
print("collector size:", len(collector.records))
logging.shutdown()
