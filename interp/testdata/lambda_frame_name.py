# A lambda's frame is named <lambda> in tracebacks, frame objects and
# thread names, as in CPython.
import sys
import threading
import traceback

g = lambda: 1 / 0
print(g.__name__, g.__qualname__)
try:
    g()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)


def h():
    return (lambda x: x.nope)(3)


try:
    h()
except AttributeError:
    print(traceback.format_exc())

print((lambda: sys._getframe().f_code.co_name)())
t = threading.Thread(target=lambda: print(threading.current_thread().name))
t.start()
t.join()
t = threading.Thread(target=lambda: [][1])
t.start()
t.join()
k = lambda: {}["k"]
k()
