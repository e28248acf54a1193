# An instance's __dict__ and vars() list attributes in the order they
# were first set; del and delattr remove them.
class Point:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
        self.b = 4
        self.c = 5


p = Point()
print(p.__dict__)
del p.a
p.a = 9
print(vars(p))
delattr(p, "z")
print(vars(p), hasattr(p, "z"))
try:
    del p.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
