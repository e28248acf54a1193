# The builtins aiter and anext: anext(it, default) awaits it.__anext__()
# and gives the default when it ends; errors for non-async objects.
import asyncio


async def agen():
    yield "first"
    await asyncio.sleep(0)
    yield "second"


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    a = agen()
    print(aiter(a) is a)
    aw = anext(a, "done")
    print(type(aw).__name__)
    print(await aw, await anext(a, "done"), await anext(a, "done"), await anext(a, None))
    try:
        await anext(a)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    c = aiter(Counter(2))
    print(await anext(c), await anext(c, -1), await anext(c, -1))
    for bad in ([1], 5):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
