# update_wrapper(self, func) in a decorator class's __init__ copies the
# function's name, qualname, doc and dict onto the instance and returns it.
import functools


class Counted:
    def __init__(self, func):
        back = functools.update_wrapper(self, func)
        print("returns self:", back is self)
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.__wrapped__(*args)


def helper(x):
    """Удваивает."""
    return 2 * x


helper.tag = "метка"
h = Counted(helper)
print(h(4), h(5), h.calls)
print(h.__name__, h.__qualname__, h.__doc__, h.__module__, h.tag)
print(sorted(k for k in vars(h) if k != "__annotations__"))  # spindle functions have no __annotations__ yet


class Outer:
    @Counted
    def method(self):
        "метод"
        return "ok"


print(Outer.method.__qualname__, Outer.method.__doc__)


def nodoc():
    pass


print(Counted(nodoc).__doc__, Counted(lambda: 0).__name__)
