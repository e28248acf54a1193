# Thread.__init__ called on something that is not a thread (the self
# forgotten, or passed twice) fails as CPython's does, after its checks.
import threading
class T(threading.Thread):
    def __init__(self, n):
        super().__init__(self)
        self.n = n
try:
    T(1)
except AssertionError as e:
    print("AssertionError:", e)
class U(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(n)
try:
    U(1)
except Exception as e:
    print(type(e).__name__, e)
class V(threading.Thread):
    def __init__(self, name):
        super().__init__(name)
try:
    V("имя")
except Exception as e:
    print(type(e).__name__, e)
print(threading.Thread(target=print).name)
try:
    threading.Thread.__init__("строка", name="x")
except AttributeError as e:
    print(e)
print(threading.Thread(target=print).name)
