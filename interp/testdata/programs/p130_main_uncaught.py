"""Workers collect errors; main re-raises the first one and exits with a traceback."""
import queue
import threading


class ParseError(Exception):
    pass


def parse(line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ParseError(f"no '=' in {line!r}")
    return key.strip(), int(value)


errors = queue.Queue()
results = {}
lock = threading.Lock()


def worker(lines):
    for ln in lines:
        try:
            k, v = parse(ln)
            with lock:
                results[k] = v
        except Exception as e:
            errors.put((ln, e))


lines = ["a = 1", "b=2", "c", "d = x", "e= 5"]
ts = [threading.Thread(target=worker, args=(lines[i::2],)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("results:", dict(sorted(results.items())))
errs = []
while not errors.empty():
    errs.append(errors.get())
errs.sort(key=lambda p: p[0])
for ln, e in errs:
    print(f"{ln!r:>8}: {type(e).__name__}: {e}")
first = errs[0][1]
raise RuntimeError(f"{len(errs)} lines failed") from first
