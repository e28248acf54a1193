# A LogRecord's __dict__ is its attributes, live and in CPython's order:
# filters add fields, formatters read them.
import logging, sys
class Ctx(logging.Filter):
    def filter(self, record):
        record.user = "иван"
        return True
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
log = logging.getLogger("app")
log.addHandler(h); log.addFilter(Ctx()); log.setLevel(logging.INFO)
log.info("hello %s", "мир")
class DictFormatter(logging.Formatter):
    def format(self, record):
        keys = [k for k in record.__dict__ if k not in ("created", "msecs", "relativeCreated", "thread", "process", "pathname", "filename", "module", "lineno", "funcName")]
        return " ".join(keys) + " | " + str(record.__dict__["msg"]) + " " + str("user" in record.__dict__)
h.setFormatter(DictFormatter())
log.warning("w %d", 5)
r = logging.LogRecord("n", 10, "/p/f.py", 3, "m %s", ("a",), None)
r.extra_field = 1
print(list(r.__dict__)[:12], r.__dict__["extra_field"], r.getMessage())
r.__dict__["zz"] = 2
print(r.zz)
log.info("x", extra={"user": "петя"})
