# contextlib.ExitStack (LIFO unwinding, suppression, an exception
# raised by a callback replacing the block's, pop_all, close) and
# closing.
import contextlib
from contextlib import ExitStack, closing


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


print(type(ExitStack()).__name__, isinstance(ExitStack(), contextlib.ExitStack))
with ExitStack() as st:
    with ExitStack() as inner:
        inner.callback(print, "inner callback", sep="|")
    st.callback(print, "outer callback")
    print("in block")
