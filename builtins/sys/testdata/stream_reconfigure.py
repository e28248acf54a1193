# sys.stdout.reconfigure(encoding="utf-8"), which Russian course scripts
# start with, and what a stream tells of itself when it is a pipe.
import sys
import threading

sys.stdout.reconfigure(encoding="utf-8")
print("Привет, мир!", sys.stdout.encoding)
for kw in ({"encoding": "utf-8", "errors": "replace"}, {"line_buffering": True}, {}, {"newline": "\n"},
           {"write_through": True}, {"encoding": "nope"}, {"encoding": 5}, {"bogus": 1}, {"errors": 3}):
    try:
        print(kw, sys.stdout.reconfigure(**kw))
    except (TypeError, LookupError) as e:
        print(kw, type(e).__name__, e)
sys.stdout.reconfigure(line_buffering=False)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print(e)
sys.stderr.reconfigure(encoding="UTF-8")
for s in (sys.stdout, sys.stderr):
    print(s.name, s.isatty(), s.readable(), s.writable(), s.closed, s.mode, s.line_buffering)
try:
    sys.stdout.isatty(1)
except TypeError as e:
    print(e)
t = threading.Thread(target=lambda: print("из потока:", sys.stdout.isatty()))
t.start()
t.join()
