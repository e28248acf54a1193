# A special method set to None refuses its protocol: __iter__ = None stops
# the __getitem__ fallback, __reversed__ = None and __contains__ = None too.
class N:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
for f in (lambda: iter(N()), lambda: list(N()), lambda: 1 in N(), lambda: [x for x in N()], lambda: sorted(N())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in N():
        pass
except TypeError as e:
    print("TypeError:", e)
print(N()[1])
class R:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
try:
    reversed(R())
except TypeError as e:
    print("TypeError:", e)
class C:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in C()
except TypeError as e:
    print("TypeError:", e)
