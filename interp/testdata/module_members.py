# A module's attributes are the names its code binds: dir(), vars()
# and inspect.getmembers() of sys.modules[__name__] show none the
# front-end made up for a class body or a comprehension.
import inspect
import sys


class Plugin:
    """Плагин."""


def helper():
    return [i for i in range(3) if i in (1, 2)]


values = helper()
m = sys.modules[__name__]
print(sorted(k for k in vars(m) if not k.startswith("__")))
print([k for k in dir(m) if k.startswith("__sp_")])
print([name for name, _ in inspect.getmembers(m, inspect.isclass)], [name for name, _ in inspect.getmembers(m, inspect.isfunction)])
