# An AttributeError that ends a thread: threading.excepthook suggests,
# then the main thread goes on.
import threading


def worker():
    data = {"a": 1}
    print(data.get("a"))
    data.iterms()


t = threading.Thread(target=worker)
t.start()
t.join()
print("main done")
