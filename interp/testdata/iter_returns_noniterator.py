# __iter__ returning a non-iterable is CPython's 'iter() returned
# non-iterator of type ...' whichever way the instance is iterated.
class I:
    def __init__(self, v): self.v = v
    def __iter__(self): return self.v
for v in (5, None, 2.5):
    for f in (lambda: iter(I(v)), lambda: list(I(v)), lambda: [x for x in I(v)], lambda: sorted(I(v))):
        try:
            f()
        except TypeError as e:
            print(e)
    try:
        for x in I(v):
            pass
    except TypeError as e:
        print("for:", e)
