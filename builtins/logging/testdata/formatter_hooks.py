# Formatter.format calls usesTime, formatTime, formatMessage,
# formatException and formatStack through the instance, so a subclass
# that overrides one of them changes what every handler prints; and
# stack_info=True adds the caller's stack.
import logging
import sys
import threading


class Short(logging.Formatter):
    def formatException(self, ei):
        return f"  -> {ei[0].__name__}: {ei[1]}"


class Fixed(logging.Formatter):
    calls = []

    def usesTime(self):
        self.calls.append("usesTime")
        return True

    def formatTime(self, record, datefmt=None):
        self.calls.append(f"formatTime datefmt={datefmt}")
        return "12:00"

    def formatMessage(self, record):
        self.calls.append("formatMessage")
        return "[" + super().formatMessage(record) + "]"

    def formatStack(self, stack_info):
        self.calls.append("formatStack")
        return "stack: " + stack_info.splitlines()[-1].strip()


log = logging.getLogger("hooks")
log.propagate = False
short = logging.StreamHandler(sys.stdout)
short.setFormatter(Short("%(levelname)s %(threadName)s: %(message)s"))
log.addHandler(short)

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
log.error("explicit", exc_info=ValueError("v"))


def worker():
    try:
        int("x")
    except ValueError:
        log.exception("in a thread")


t = threading.Thread(target=worker, name="w1")
t.start()
t.join()

short.setFormatter(Fixed("%(asctime)s %(message)s", datefmt="%H:%M"))


def where():
    log.warning("with stack", stack_info=True)


where()
print(Fixed.calls)

plain = logging.StreamHandler(sys.stdout)
plain.setFormatter(logging.Formatter("%(message)s"))
log.handlers = [plain]


def inner():
    log.info("not shown")
    log.warning("stack level 2", stack_info=True, stacklevel=2)


def outer():
    inner()


outer()

f = logging.Formatter()
try:
    1 / 0
except ZeroDivisionError:
    text = f.formatException(sys.exc_info())
print(text.splitlines()[0], "|", text.splitlines()[-1], "|", text.endswith("\n"))
print(repr(f.formatStack("as is\n")))
print(f.formatException((None, None, None)))
