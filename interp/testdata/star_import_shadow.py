# Names bound by the file win or lose by statement order, as in CPython.
def Lock():
    return "my Lock"


VALUE = "mine"
from threading import *
from starpkg.noall import *

# The star imports overwrote the def and the assignment above them.
print(Lock() == "my Lock", VALUE)
print(twice("ab"))


# A def after the star import rebinds its name.
def twice(x):
    return "my twice " + x


print(twice("ab"))


def read_later():
    return Event.__name__, twice("c"), число


print(read_later())
print(Condition.__name__, Condition.__module__)


class Condition:
    pass


print(Condition.__name__, Condition.__module__)
for i in range(2):
    print(i, Semaphore)
    Semaphore = "rebound"
print(Semaphore)
from threading import *
print(Semaphore.__name__)
# In a module-level try body.
Barrier = 0
try:
    from threading import *
    print(Barrier.__name__)
    Barrier = 5
except ImportError:
    pass
print(Barrier)
