# contextlib's Python part: ExitStack (LIFO unwinding, suppression, an
# exception raised by a callback replacing the block's, pop_all),
# closing, redirect_stdout/redirect_stderr, ContextDecorator,
# AbstractContextManager.
import contextlib
import sys
from contextlib import ExitStack, closing, redirect_stdout, redirect_stderr


class Res:
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        self.log.append(f"exit {self.name} {t.__name__ if t else None}")
        return self.swallow


log = []
with ExitStack() as st:
    print([st.enter_context(Res(n, log)) for n in "abc"])
    st.callback(log.append, "cb")
    st.push(lambda t, v, tb: log.append("pushed") or False)
print(log)

log = []
with ExitStack() as st:
    st.enter_context(Res("outer", log, swallow=True))
    st.enter_context(Res("inner", log))
    raise KeyError("boom")
print("suppressed:", log)


def failing(*a):
    raise ValueError("from callback")


try:
    with ExitStack() as st:
        st.push(failing)
        raise KeyError("original")
except ValueError as e:
    print("replaced:", repr(e), "context:", repr(e.__context__))

log = []
with ExitStack() as st:
    st.enter_context(Res("kept", log))
    moved = st.pop_all()
print("after pop_all:", log)
moved.close()
print("after close:", log)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)


class Thing:
    def close(self):
        print("closed thing")


with closing(Thing()) as t:
    print("using", type(t).__name__)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


c = Collector()
with redirect_stdout(c) as target:
    print("hidden", 1, 2)
    print("target is c:", target is c)
print("collected:", c.parts)
e = Collector()
with redirect_stderr(e):
    print("to stderr", file=sys.stderr)
print("stderr collected:", e.parts)


class traced(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter traced")
        return self

    def __exit__(self, *exc):
        print("exit traced")
        return False


@traced()
def work(x):
    """Doubles."""
    print("working", x)
    return x * 2


print(work(21), work.__name__, work.__doc__)


class Plain(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Plain() as p:
    print("plain enters as self:", isinstance(p, Plain))


class NoExit(contextlib.AbstractContextManager):
    pass


try:
    NoExit()
except TypeError as e:
    print(e)
