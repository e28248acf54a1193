# Async generators: async for over them, __anext__, asend, athrow and
# aclose, with awaits inside their bodies.
import asyncio


async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"тик {i}"
    finally:
        print("ticker: cleanup")


async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)


async def paginate(pages):
    for number, page in enumerate(pages, 1):
        await asyncio.sleep(0.01)
        for item in page:
            yield number, item


async def main():
    t = ticker(3, 0.01)
    print(type(t).__name__, t.__name__)
    async for tick in t:
        print(tick)
    g = ticker(5, 0.01)
    print(await g.__anext__(), "|", await anext_twice(g))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo done")
    items = []
    async for number, item in paginate([["a", "b"], ["c"], ["d", "e"]]):
        items.append(f"{number}:{item}")
    print(items)
    g = paginate([["x"]])
    try:
        await g.athrow(ValueError("брошено"))
    except ValueError as ex:
        print("athrow before start:", ex)

    async def failing():
        yield 1
        raise KeyError("inside")
    try:
        async for v in failing():
            print("got", v)
    except KeyError as ex:
        print("KeyError", ex)


async def anext_twice(g):
    await g.__anext__()
    return await g.__anext__()


asyncio.run(main())
