"""Errors in worker threads: chained exceptions, excepthook, sys.exit, tracebacks."""
import logging
import sys
import threading
import traceback

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)-8s [%(threadName)s] %(name)s: %(message)s")
log = logging.getLogger("workers")


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"bad key {key!r}: {reason}")
        self.key = key


def load(conf, key):
    try:
        return int(conf[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError:
        raise ConfigError(key, "not a number")


def worker(conf, key):
    try:
        value = load(conf, key)
        log.info("loaded %s=%d", key, value)
    except ConfigError as exc:
        log.error("failed: %s (cause: %r, context: %r)", exc, exc.__cause__, type(exc.__context__).__name__)
        lines = traceback.format_exception(exc)
        print("".join(lines).replace(__file__, "FILE"), end="")


conf = {"port": "8080", "workers": "many"}
for key in ("port", "host", "workers"):
    t = threading.Thread(target=worker, args=(conf, key), name=f"loader-{key}")
    t.start()
    t.join()

# a custom excepthook collects uncaught errors, including SystemExit
seen = []


def hook(args):
    seen.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


threading.excepthook = hook


def quitter(code):
    sys.exit(code)


def crasher():
    err = ValueError("crash")
    err.add_note("while crunching numbers")
    raise err


for i, (target, args) in enumerate([(quitter, (3,)), (crasher, ()), (quitter, ("bye",))]):
    t = threading.Thread(target=target, args=args, name=f"t{i}")
    t.start()
    t.join()
print("hook saw:", seen)

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=crasher, name="noisy")
t.start()
t.join()
log.warning("main continues after %s", t.name)

try:
    try:
        {}["x"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)
    for line in traceback.format_exception_only(type(e), e):
        print(line, end="")

with_exc = logging.getLogger("exc")
try:
    raise RuntimeError("logged with traceback")
except RuntimeError:
    with_exc.exception("caught")
print("done")
