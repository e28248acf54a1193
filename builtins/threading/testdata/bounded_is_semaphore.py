# BoundedSemaphore subclasses Semaphore, as in CPython.
import threading

bs = threading.BoundedSemaphore(2)
print(isinstance(bs, threading.Semaphore), isinstance(threading.Semaphore(), threading.BoundedSemaphore))
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))
print(threading.BoundedSemaphore.__mro__)
print(type(bs).__name__, type(bs).__bases__)
