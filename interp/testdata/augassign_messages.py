# An augmented assignment's unsupported operation says "+=" (not "+"),
# whichever path runs it (VM opcode, list helper, subscript, attribute,
# **= through pow); a shift by a non-int says so as CPython does.
class A:
    pass
class B:
    def __init__(self):
        self.n = 0
    def bump(self, v):
        self.n += v
def f(items):
    total = 0
    for x in items:
        total += x
    return total
tests = [
    lambda: f([1, "два"]),
    lambda: B().bump("х"),
    lambda: f(["а", 1]),
    lambda: f([A()]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
d = {"к": 1}
try:
    d["к"] -= "x"
except TypeError as e:
    print(e)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e)
l = [1]
try:
    l *= 2.5
except TypeError as e:
    print(e)
x = 5
try:
    x //= None
except TypeError as e:
    print(e)
try:
    x = x + None
except TypeError as e:
    print(e)
try:
    y = 1; y <<= "a"
except TypeError as e:
    print(e)
try:
    y = 1; y **= "a"
except TypeError as e:
    print(e)
a = A()
try:
    a += 1
except TypeError as e:
    print(e)

y = 1
try:
    print(y << "a")
except TypeError as e:
    print(e)
try:
    print(y >> 2.5)
except TypeError as e:
    print(e)
try:
    y >>= [1]
except TypeError as e:
    print(e)
try:
    print(y ** None, 2)
except TypeError as e:
    print(e)
f(["ok", None])
