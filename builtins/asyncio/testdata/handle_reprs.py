# The reprs of Handle and TimerHandle show the callback with its
# arguments (partials unwrapped) and, for a Python function, where it
# is defined; the exception handler's message shows the same.
import asyncio
import functools
import re


def mask(s):
    s = re.sub(r"when=[0-9.e+-]+", "when=T", s)
    return re.sub(r"\S*handle_reprs\.py", "FILE", s)


def cb(*args, **kwargs):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "two")
    print(mask(repr(h)))
    h.cancel()
    print(mask(repr(h)))
    t = loop.call_later(10, functools.partial(cb, 5, k=1), 6)
    print(mask(repr(t)))
    t.cancel()
    print(mask(repr(t)))
    print(mask(repr(loop.call_at(loop.time() + 5, print, "x"))))
    print(mask(repr(loop.call_soon(lambda: None))))

    def bad(n):
        raise ValueError(n)

    loop.set_exception_handler(lambda loop, ctx: print(mask(ctx["message"]), "|", mask(repr(ctx["handle"])), "|", repr(ctx["exception"])))
    loop.call_soon(bad, 3)
    await asyncio.sleep(0.01)


asyncio.run(main())
