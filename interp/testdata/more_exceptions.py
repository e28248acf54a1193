# The rest of CPython's builtin exception classes (the OSError family,
# Warning and its subclasses...), the IOError alias, and exit().
import threading

errors = []


def fetch(i):
    try:
        if i == 1:
            raise ConnectionRefusedError(f"host {i} refused")
        if i == 2:
            raise TimeoutError("timed out")
        if i == 3:
            raise PermissionError(13, "Permission denied")
        if i == 4:
            raise UserWarning("careful")
    except ConnectionError as e:
        errors.append((i, "connection", type(e).__name__, str(e)))
    except OSError as e:
        errors.append((i, "os", type(e).__name__, str(e)))
    except Warning as e:
        errors.append((i, "warning", type(e).__name__, str(e)))


ts = [threading.Thread(target=fetch, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for e in sorted(errors):
    print(e)
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in (BrokenPipeError, FileNotFoundError, MemoryError, DeprecationWarning)])
print(issubclass(BrokenPipeError, ConnectionError), issubclass(FileExistsError, OSError),
      issubclass(UnicodeDecodeError, ValueError), issubclass(RuntimeWarning, Exception))
e = FileNotFoundError(2, "No such file or directory", "data.txt")
print(e, e.errno, e.strerror, e.filename)
e = OSError("plain")
print(e, e.errno, e.strerror)
for code in [(), (0,), ("fatal",), (1, 2)]:
    try:
        raise SystemExit(*code)
    except SystemExit as e:
        print("code:", repr(e.code))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
print("bye")
quit(4)
