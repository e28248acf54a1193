# What pickle refuses, with CPython's exceptions.
import pickle
import threading


def outer():
    def inner():
        pass
    return inner


for bad in [lambda: 1, threading.Lock(), (i for i in range(3)), outer()]:
    try:
        pickle.dumps(bad)
    except pickle.PicklingError as e:
        print("PicklingError", str(e).startswith("Can't pickle <function <lambda> at "))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Holder:
    def __init__(self):
        self.lock = threading.Lock()


try:
    pickle.dumps(Holder())
except TypeError as e:
    print("TypeError", e)
for data in [b"", b"\x80\x04", "text"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print("ValueError", e)
print(pickle.PicklingError.__mro__)
