# Handler subclasses with their own emit, Filter objects and callables on
# loggers and handlers, and LoggerAdapter with and without an overriding
# process, as in CPython.
import io
import logging


class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


class Upper(logging.StreamHandler):
    def __init__(self, stream):
        super().__init__(stream)
        self.count = 0

    def format(self, record):
        self.count += 1
        return super().format(record).upper()


class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError("emit failed: " + record.getMessage())


class NoEmit(logging.Handler):
    pass


class Odd:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


log = logging.getLogger("svc.api")
log.setLevel(logging.DEBUG)
log.propagate = False
lh = ListHandler(logging.INFO)
lh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(lh)
print(repr(lh), lh.level, lh.filters, type(lh).__mro__[1].__name__, isinstance(lh, logging.Handler))
log.debug("below the handler's level")
log.info("hello %s", "мир")
print(lh.lines)

only_api = logging.Filter("svc.api")
print(only_api.name, only_api.nlen, logging.Filter().nlen)
for name in ["svc.api", "svc.api.v2", "svc.apix", "svc", "other"]:
    rec = logging.LogRecord(name, logging.INFO, "f.py", 1, "m", None, None)
    print(name, only_api.filter(rec), logging.Filter().filter(rec))

odd = Odd()
log.addFilter(odd)
log.addFilter(odd)
print(len(log.filters))
for i in range(4):
    log.info("n=%d", i)
log.removeFilter(odd)
log.removeFilter(odd)
print(lh.lines[1:], log.filters)
lh.addFilter(lambda r: "secret" not in r.getMessage())
log.info("a secret")
log.info("public")
print(lh.lines[-1], len(lh.lines), lh.filter(logging.LogRecord("x", 20, "f", 1, "secret", None, None)))
print(lh.handle(logging.LogRecord("x", 10, "f", 1, "direct, below level", None, None)), lh.lines[-1])

buf = io.StringIO()
up = Upper(buf)
log.addHandler(up)
log.warning("shout %d", 3)
print(repr(buf.getvalue()), up.count)
log.removeHandler(up)

log.addHandler(Broken())
try:
    log.info("boom")
except RuntimeError as e:
    print("propagated:", e)
log.handlers = [NoEmit()]
try:
    log.info("no emit")
except NotImplementedError as e:
    print("NotImplementedError:", e)

log.handlers = [lh]
adapter = logging.LoggerAdapter(log, {"user": "аня"})
print(repr(adapter), adapter.name, adapter.extra, adapter.logger is log)
print(adapter.process("msg", {"x": 1}))
lh.setFormatter(logging.Formatter("%(levelname)s [%(user)s] %(message)s"))
adapter.info("logged in after %d tries", 2)
adapter.log(logging.WARNING, "via log")
adapter.debug("below the handler")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("failed")
print(lh.lines[-3:], lh.lines[-1].count("\n"))
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.ERROR)
print(log.level, adapter.isEnabledFor(logging.WARNING))
log.setLevel(logging.DEBUG)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["user"] = self.extra["tag"]
        return "<%s> %s" % (self.extra["tag"], msg), kwargs


t = Tagged(log, {"tag": "job-7"})
t.warning("started %s", "now")
print(lh.lines[-1], type(t).__name__, repr(t))
