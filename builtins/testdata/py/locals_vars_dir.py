# vars() and dir() without arguments read the current scope; __builtins__.
def f(a):
    b = 2
    print(vars(), dir())
f(1)
print(__builtins__.len("ab"), type(__builtins__).__name__)
x = 1
print([n for n in dir() if not n.startswith("__")])
import builtins
print(__builtins__ is builtins)
