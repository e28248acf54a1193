import atexit
import threading
import time


def bad():
    raise ValueError("boom in atexit")


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bad)


@atexit.register
def decorated():
    print("decorated ran")


print(atexit.register(bye, "first") is bye)
atexit.register(bye, "second", punct="?")
atexit.register(print, "builtin", "args")
atexit.register(lambda: print("a lambda"))
f = lambda: print("unregistered")
atexit.register(f)
atexit.register(f)
atexit.unregister(f)
atexit.unregister(len)
atexit.register(int, "x")


def late():
    print("registered by a callback")


atexit.register(lambda: atexit.register(late))


def worker():
    time.sleep(0.05)
    print("worker done")


threading.Thread(target=worker).start()
print("main done")
