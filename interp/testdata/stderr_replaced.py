# What goes to sys.stderr follows a script that replaces it: traceback.print_exc,
# logging's last resort and handlers made meanwhile, print(file=sys.stderr).
import sys, io, logging, traceback, contextlib, threading
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    logging.getLogger("a").warning("last resort %d", 1)
    try:
        {}["k"]
    except KeyError:
        traceback.print_exc()
    print("to stderr", file=sys.stderr)
print(buf.getvalue())
buf2 = io.StringIO()
sys.stderr = buf2
h = logging.StreamHandler()
sys.stderr = sys.__stderr__
log = logging.getLogger("b"); log.addHandler(h); log.propagate = False
log.error("to captured handler")
print(repr(buf2.getvalue()), h.stream is buf2)
