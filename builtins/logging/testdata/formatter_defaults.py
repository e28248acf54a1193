# Formatter(defaults=...) fills in fields a record lacks, in each style;
# makeLogRecord builds a record from a dict.
import logging
import sys
import threading

log = logging.getLogger("app")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

for fmt, style in [("{levelname:<7}|{user}|{message}", "{"),
                   ("%(levelname)-7s|%(user)s|%(message)s", "%"),
                   ("$levelname|${user}|$message", "$")]:
    h.setFormatter(logging.Formatter(fmt, style=style, defaults={"user": "-"}))
    log.info("no user")
    log.info("with user", extra={"user": "ann"})

ctx = threading.local()


class UserFilter(logging.Filter):
    def filter(self, record):
        if hasattr(ctx, "user"):
            record.user = ctx.user
        return True


h.addFilter(UserFilter())
h.setFormatter(logging.Formatter("[%(threadName)s] %(user)s: %(message)s", defaults={"user": "anonymous"}))


def worker(user):
    if user:
        ctx.user = user
    log.debug("working")


for name, user in [("t1", "bob"), ("t2", None), ("t3", "eve")]:
    t = threading.Thread(target=worker, args=(user,), name=name)
    t.start()
    t.join()

bad = logging.Formatter("%(message)s", defaults=5)
try:
    bad.format(logging.makeLogRecord({}))
except TypeError as e:
    print("TypeError:", e)

r = logging.makeLogRecord({"msg": "made %s", "args": ("rec",), "levelname": "X", "custom": 1})
print(r.getMessage(), r.levelname, r.name, r.levelno, r.custom, r.lineno, repr(r.pathname))
print(r)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
h.filters.clear()
h.handle(logging.makeLogRecord({"name": "made", "levelname": "INFO", "msg": "handled directly"}))
