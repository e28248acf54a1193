# threading.excepthook's report of an exception whose str() raises.
import threading


class E(Exception):
    def __str__(self):
        raise ValueError("no str")


def work():
    raise E("t")


t = threading.Thread(target=work)
t.start()
t.join()
print("joined")
