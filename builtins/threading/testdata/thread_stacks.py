# Dumping what every thread is doing: sys._current_frames() with
# traceback.extract_stack/format_stack/print_stack, and sys._getframe.
import sys
import threading
import time
import traceback

release = threading.Event()
ready = threading.Barrier(3)

def wait_here(n):
    ready.wait()
    release.wait()

def worker(n):
    wait_here(n)

threads = [threading.Thread(target=worker, args=(i,), name="worker-%d" % i, daemon=True) for i in range(2)]
for t in threads:
    t.start()
ready.wait()
time.sleep(0.05)

def ours(filename):
    # CPython names the script by its absolute path, and adds frames
    # of threading.py
    return filename.endswith(sys.argv[0])

def mine(entries):
    out = []
    for e in entries:
        filename = e.split('"')[1]
        if ours(filename):
            out.append(e.replace(filename, "FILE"))
    return out

names = {t.ident: t.name for t in threading.enumerate()}
frames = sys._current_frames()
print(sorted(names[i] for i in frames))
for ident in sorted(frames, key=lambda i: names[i]):
    frame = frames[ident]
    print("---", names[ident], type(frame).__name__, type(frame.f_code).__name__)
    for fs in traceback.extract_stack(frame):
        if ours(fs.filename):
            print("  ", fs.name, fs.lineno, repr(fs.line))
    print("".join(mine(traceback.format_stack(frame))), end="")
    while frame.f_back is not None and not ours(frame.f_code.co_filename):
        frame = frame.f_back
    print("innermost here:", frame.f_code.co_name, frame.f_lineno, ours(frame.f_code.co_filename))
release.set()
for t in threads:
    t.join()

def outer():
    return inner()

def inner():
    f = sys._getframe()
    return (f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name,
            f.f_back.f_back.f_back, sys._getframe(1).f_lineno, f.f_code.co_firstlineno)

print(outer())
here = sys._getframe()
print(here.f_code.co_name, here.f_lineno, here.f_back)
summary = traceback.extract_stack()[-1]
filename, lineno, name, line = summary
print(ours(filename), lineno, name, line, summary.line, summary[1])
print("".join(mine(traceback.format_list(traceback.extract_stack(here)))), end="")
print("".join(mine(traceback.format_stack(here))), end="")
print("".join(mine(traceback.format_stack(limit=1))), end="")
traceback.print_stack(limit=0, file=sys.stdout)
print(len(traceback.extract_stack(limit=0)))
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
