# A done callback's error is logged on the "concurrent.futures" logger
# (LOGGER.exception), so the script's handlers, levels and disabled flag
# apply; the future's result is not affected.
import logging
from concurrent.futures import Future, ThreadPoolExecutor


class Collect(logging.Handler):
    def emit(self, record):
        et, ev, tb = record.exc_info
        print(record.name, record.levelname, record.msg, type(record.args).__name__,
              type(record.args[0]).__name__, record.getMessage()[:30], et.__name__, ev, tb is not None)


def bad(fut):
    raise ValueError(f"callback boom {fut.result()}")


log = logging.getLogger("concurrent.futures")
h = Collect()
log.addHandler(h)
f = Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fu: print("next callback still runs", fu.result()))
f.set_result(1)
print("result:", f.result())

late = Future()
late.set_result(2)
late.add_done_callback(bad)

with ThreadPoolExecutor(1) as ex:
    ex.submit(pow, 2, 3).add_done_callback(bad)

log.setLevel(logging.CRITICAL)
g = Future()
g.add_done_callback(bad)
g.set_result(4)
print("below level: nothing logged")
log.setLevel(logging.NOTSET)
log.disabled = True
g = Future()
g.add_done_callback(bad)
g.set_result(5)
print("disabled: nothing logged")
log.disabled = False
log.removeHandler(h)
logging.basicConfig(format="%(levelname)s:%(name)s:%(message).30s")
g = Future()
g.add_done_callback(bad)
g.set_result(7)
