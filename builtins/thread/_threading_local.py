"""Thread-local data: spindle's _threading_local.

CPython's _threading_local is a pure Python version of _thread._local;
spindle's local is native (the same class as threading.local and
_thread._local), and this module gives it under its own name.

A local object keeps one set of attributes per thread. What a thread
sets, only that thread sees:

>>> counter = local()
>>> counter.hits = 1
>>> counter.hits
1

>>> seen = []
>>> def worker():
...     seen.append(hasattr(counter, 'hits'))
...     counter.hits = 100
...     seen.append(counter.hits)
>>> import threading
>>> t = threading.Thread(target=worker)
>>> t.start()
>>> t.join()
>>> seen
[False, 100]
>>> counter.hits
1

Each thread's attributes are in its own __dict__:

>>> counter.name = 'main'
>>> sorted(counter.__dict__.items())
[('hits', 1), ('name', 'main')]
>>> del counter.hits
>>> counter.hits
Traceback (most recent call last):
  ...
AttributeError: '_thread._local' object has no attribute 'hits'

A subclass gives every thread a fresh start: __init__ runs again, with
the arguments of the constructor, the first time a thread uses the
object.

>>> class Tally(local):
...     total = 0
...     def __init__(self, label):
...         self.label = label
...         self.items = []
...     def add(self, n):
...         self.items.append(n)
...         return len(self.items)

>>> tally = Tally('jobs')
>>> tally.add(5)
1
>>> tally.add(7)
2
>>> report = []
>>> def count():
...     report.append((tally.label, list(tally.items)))
...     tally.add(1)
...     report.append(tally.items)
>>> workers = [threading.Thread(target=count) for i in range(3)]
>>> for w in workers:
...     w.start()
...     w.join()
>>> report
[('jobs', []), [1], ('jobs', []), [1], ('jobs', []), [1]]
>>> tally.items
[5, 7]

Class attributes are shared by every thread, as usual:

>>> Tally.total = 10
>>> def read_total():
...     report.append(tally.total)
>>> t = threading.Thread(target=read_total)
>>> t.start()
>>> t.join()
>>> report[-1]
10

A local object cannot be constructed with arguments unless its class
has its own __init__:

>>> local(1)
Traceback (most recent call last):
  ...
TypeError: Initialization arguments are not supported
"""

from threading import local, current_thread, RLock

__all__ = ["local"]
