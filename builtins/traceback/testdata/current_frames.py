import os, sys, threading, traceback, time

HERE = os.path.basename(sys._getframe().f_code.co_filename)

def mine(filename):
    return os.path.basename(filename) == HERE


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

ready = threading.Event()
stop = threading.Event()
def worker():
    inner()
def inner():
    ready.set()
    stop.wait()

t = threading.Thread(target=worker, name="Рабочий")
t.start()
ready.wait()
try:
    frames = sys._current_frames()
    show("type", lambda: type(frames).__name__)
    show("keys", lambda: sorted(frames) == sorted([threading.main_thread().ident, t.ident]))
    show("names", lambda: sorted(th.name for th in threading.enumerate() if th.ident in frames))
    # the thread waits inside threading.py under CPython, in a native
    # Event.wait under spindle: only this file's frames are compared
    f = frames[t.ident]
    while not mine(f.f_code.co_filename):
        f = f.f_back
    show("frame name", lambda: f.f_code.co_name)
    show("frame line", lambda: f.f_lineno)
    show("frame back", lambda: f.f_back.f_code.co_name)
    stack = [x for x in traceback.extract_stack(f) if mine(x.filename)]
    show("extract names", lambda: [fs.name for fs in stack][-3:])
    show("extract lines", lambda: [fs.line for fs in stack][-2:])
    show("extract lineno", lambda: [fs.lineno for fs in stack][-2:])
    show("format_stack", lambda: [s.split("\n")[1] for s in traceback.format_stack(f)][-2:])
    mf = frames[threading.main_thread().ident]
    show("main frame", lambda: mf.f_code.co_name)
    for tid, frame in sys._current_frames().items():
        name = {th.ident: th.name for th in threading.enumerate()}[tid]
        print("# Thread:", name)
        for fn, ln, fun, line in [x for x in traceback.extract_stack(frame) if mine(x.filename)][-2:]:
            print("  %s %s" % (fun, line))
finally:
    stop.set()
t.join()
def a():
    b()
def b():
    s = traceback.extract_stack()
    print([x.name for x in s], s[-1].lineno, len(s))
    print([line.split(", ", 1)[1] for line in traceback.format_stack(limit=1)])
a()
fs = traceback.extract_stack()[-1]
show("framesummary", lambda: (fs.name, fs.lineno, fs.line, mine(fs.filename)))
show("fs tuple", lambda: tuple(fs)[1:])
show("getframe", lambda: sys._getframe().f_code.co_name)
def g():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_lineno
show("getframe1", g)
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    show("tb", lambda: tb.tb_lineno)
    print(traceback.format_exc().splitlines()[-1])
    show("format_exception_only", lambda: traceback.format_exception_only(*sys.exc_info()[:2]))
    show("extract_tb", lambda: [(x.name, x.line) for x in traceback.extract_tb(tb)])
def deep(n):
    if n == 0:
        raise ValueError("глубоко")
    deep(n - 1)
try:
    deep(3)
except ValueError as e:
    show("tb list", lambda: [x.name for x in traceback.extract_tb(e.__traceback__)])
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print([line.split(", ", 1)[-1] for line in lines])
