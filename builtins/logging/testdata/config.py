# basicConfig with a level and a format using padding and record fields.
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s|%(name)10s|%(threadName)s|%(funcName)s:%(lineno)d %(module)s %(filename)s %(message)s")
logging.debug("debug %s", 1)
def work(n):
    logging.info("working on %d", n)
    log = logging.getLogger("app.worker")
    log.warning("from %s", "worker")
work(5)
logging.basicConfig(level=logging.ERROR)
logging.info("basicConfig again is a no-op, still DEBUG")
logging.basicConfig(level=logging.ERROR, format="%(name)s: %(message)s", force=True)
logging.warning("hidden")
logging.error("forced")
print(logging.root.level, logging.getLogger("app.worker").parent)
