# next(it, default) returns the default when a user iterator's __next__
# raises StopIteration (the class or an instance, or a subclass); other
# errors propagate, and without a default StopIteration does.
class Two:
    def __init__(self, how="class"):
        self.n = 0
        self.how = how

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 2:
            if self.how == "class":
                raise StopIteration
            if self.how == "instance":
                raise StopIteration("with value")
            raise KeyError("not a stop")
        self.n += 1
        return self.n


for how in ("class", "instance"):
    t = Two(how)
    print(next(t), next(t, "d"), next(t, "default"), next(t, None))
t = Two("class")
print(list(t), next(t, []))
try:
    next(t)
except StopIteration as e:
    print("StopIteration", e.args)
t = Two("error")
print(list(Two()), next(t), next(t))
try:
    next(t, "unused")
except KeyError as e:
    print("KeyError", e)
# A native iterator's protocol methods, as iter(callable, sentinel) uses.
it = iter([5, 4, 0, 3])
print(list(iter(it.__next__, 0)), it.__iter__() is it, list(it))
m = map(str.upper, "ab")
print(m.__next__(), next(m.__iter__()), next(m, "end"))
try:
    m.__next__()
except StopIteration:
    print("StopIteration from __next__")
z = zip("ab", [1, 2])
print(z.__next__(), list(z), hasattr(iter(()), "__next__"))
