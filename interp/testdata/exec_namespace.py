# Code that exec runs in a dict sees that dict as its globals(), its
# locals() and its dir(); from m import * binds in it, honouring the
# module's __all__; exec without a dict sees the caller's module.
import warnings

ns = {}
exec("from warnings import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(sorted(warnings.__all__) == sorted(k for k in ns if k != "__builtins__"))

exec("x = 1\nprint(dir())", {})
exec("x = 1\nprint(sorted(locals()))", {})

g = {}
exec("y = 2\ndef f():\n    return sorted(k for k in globals() if k != '__builtins__')\nprint(f())", g)
print(g["f"]())

l = {}
exec("z = 3\nprint(sorted(locals()), 'y' in globals())", g, l)
print(sorted(l))

exec("from math import *\nprint('pi' in dir(), round(pi, 4))", {})

z = 5
exec("print(z, 'z' in globals(), globals() is g)")


def inner():
    exec("w = 'в функции'\nprint(sorted(k for k in dir() if k != '__builtins__'))")
    return "w" in globals()


print(inner())
