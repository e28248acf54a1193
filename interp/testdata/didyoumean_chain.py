# The default hooks suggest for every exception of a chain: the cause
# and the context printed before the exception that ended the thread.
import io
import sys
import threading

total = 1


def context():
    try:
        return totl
    except NameError:
        raise ValueError("bad")


def cause():
    try:
        [].apend
    except AttributeError as e:
        raise RuntimeError("wrapped") from e


real_stderr = sys.stderr
for case in [context, cause]:
    buf = io.StringIO()
    sys.stderr = buf
    t = threading.Thread(target=case)
    t.start()
    t.join()
    sys.stderr = real_stderr
    for line in buf.getvalue().splitlines():
        if line and not line.startswith(" ") and not line.startswith("Traceback"):
            print(line)
