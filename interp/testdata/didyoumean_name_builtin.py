# An uncaught NameError for a misspelt builtin in a thread started from
# a function, then in the main thread: both default hooks suggest.
import threading


def worker():
    prnt("in thread")


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
lenght = 2
print(lenght)
rnage(3)
