# A record's exc_info is the (type, value, traceback) tuple Logger._log
# makes of exc_info=True (the exception being handled, or three Nones),
# of an exception instance, or a tuple as given.
import logging
import sys


class Show(logging.Handler):
    def emit(self, record):
        ei = record.exc_info
        if not ei:
            print(record.getMessage(), "->", repr(ei))
            return
        et, ev, tb = ei
        print(record.getMessage(), "->", type(ei).__name__, et and et.__name__, repr(ev),
              "tb" if tb is not None else "no tb")


log = logging.getLogger("exc")
log.addHandler(Show())
log.propagate = False
log.error("plain")
log.error("true outside", exc_info=True)
log.exception("exception() outside")
try:
    int("x")
except ValueError as e:
    log.error("true inside", exc_info=True)
    log.exception("exception() inside")
    saved = e
log.warning("instance", exc_info=saved)
log.warning("instance unraised", exc_info=KeyError("k"))
try:
    1 / 0
except ZeroDivisionError:
    log.info("no handler level")
    log.warning("sys tuple", exc_info=sys.exc_info())
log.error("false", exc_info=False)
log.error("zero", exc_info=0)
