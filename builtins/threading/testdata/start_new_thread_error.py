# An error escaping a thread of _thread.start_new_thread is not given to
# threading.excepthook: CPython reports it as unraisable, "Exception
# ignored in thread started by: <repr of the function>" and the
# traceback on stderr; a SystemExit there is silent.
import _thread
import sys
import threading
import time

hooked = []
threading.excepthook = lambda args: hooked.append(args.exc_type.__name__)


class Job:
    def __init__(self, exc):
        self.exc = exc
        self.done = threading.Event()

    def __call__(self):
        try:
            raise self.exc
        finally:
            self.done.set()

    def __repr__(self):
        return f"<Job {type(self.exc).__name__}>"


quiet = Job(SystemExit(4))
_thread.start_new_thread(quiet, ())
quiet.done.wait()
loud = Job(LookupError("no such key"))
_thread.start_new_thread(loud, ())
loud.done.wait()
while _thread._count():     # the report is written before the thread ends
    time.sleep(0.001)
print("threading.excepthook calls:", hooked)
t = threading.Thread(target=Job(KeyError("k")))
t.start()
t.join()
print("threading.excepthook calls:", hooked)
