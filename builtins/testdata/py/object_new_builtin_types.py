# object.__new__(X) refuses a builtin type X (use X.__new__), as CPython
# does; object itself and classes CPython writes in Python are made.
import threading

for t in (int, list, dict, str, type, float, tuple, set, bytes, frozenset):
    try:
        object.__new__(t)
    except TypeError as e:
        print("TypeError:", e)
print(type(object.__new__(object)).__name__, type(object.__new__(threading.Event)).__name__)
print(int.__new__(int, 5), str.__new__(str, "a"), tuple.__new__(tuple, [1, 2]))
