# An uncaught error's traceback goes to sys.stderr as the script set it;
# an atexit handler shows what it caught.
import atexit
import io
import sys

buf = io.StringIO()
sys.stderr = buf
atexit.register(lambda: print("captured:\n" + buf.getvalue(), file=sys.__stdout__))


def f(a, b):
    return a / b


f(1.5, 0)
