order = []

class A(Exception):
    pass

class B(Exception):
    pass

def get(name, cls):
    order.append(name)
    return cls

# an undefined name in an except clause that is never reached
try:
    pass
except Undefined:
    print("unreached")
else:
    print("else runs")

try:
    x = 1
except (NotDefinedEither, AlsoNot):
    pass
print("x =", x)

# side-effecting class expressions: evaluated in order, only when needed
try:
    raise B("b")
except get("first", A):
    print("caught A")
except get("second", B) as e:
    print("caught B", e)
except get("third", Exception):
    print("not here")
print(order)

order.clear()
try:
    pass
except get("never", A):
    pass
print("no evaluation:", order)

# tuple of classes
try:
    raise KeyError("k")
except (A, B, KeyError) as e:
    print("tuple caught", repr(e))

# nested try
try:
    try:
        raise A("inner")
    except get("inner-B", B):
        print("wrong")
except get("outer-A", A) as e:
    print("outer caught", e, order)

# in loops (hoisted)
order.clear()
caught = 0
for i in range(5):
    try:
        if i % 2:
            raise A(i)
    except get("loop", A):
        caught += 1
print("loop", caught, order)

while caught:
    try:
        caught -= 1
        [][0]
    except IndexError:
        pass
    except Missing:
        pass
print("while done", caught)

# a generator
def gen():
    for i in range(3):
        try:
            yield 10 // (i - 1)
        except get("gen", ZeroDivisionError):
            yield "zero"
order.clear()
print(list(gen()), order)

# a class body
order.clear()
class C:
    try:
        print("class body try")
    except Nowhere:
        print("no")
    try:
        {}["k"]
    except get("class", KeyError):
        print("class body caught")
print(order)

# a function with a local class
def f(cls):
    try:
        raise cls("local")
    except cls as e:
        return "caught " + str(e)
print(f(A), f(B))

# a class expression that itself raises while matching
try:
    try:
        1 / 0
    except Undefined2:
        print("no")
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

def bad():
    raise ValueError("from bad")
try:
    try:
        raise A("orig")
    except bad():
        pass
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))

# a class expression that is not an exception class
try:
    try:
        raise A("x")
    except get("int", 3):
        pass
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

# a builtin name that the module rebinds later
try:
    raise OSError("os")
except OSError as e:
    print("caught", type(e).__name__)

def catch_key():
    try:
        raise KeyError("k2")
    except KeyError as e:
        return "caught " + repr(e)
    except Exception as e:
        return "fell through " + repr(e)
print(catch_key())
KeyError = A
print(catch_key())

# attribute expressions
class NS:
    E = ValueError
try:
    raise ValueError("v")
except NS.E as e:
    print("attr caught", e)
