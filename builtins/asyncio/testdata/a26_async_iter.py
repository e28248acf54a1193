# async for over a user class with __aiter__/__anext__ and over async
# generators; StopAsyncIteration, aclose, asend.
import asyncio


class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


async def countdown(name, n, delay):
    while n > 0:
        yield f"{name}:{n}"
        await asyncio.sleep(delay)
        n -= 1


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo closing with", received)


async def collect(agen):
    return [x async for x in agen]


async def main():
    async for i in Ticker(0.01, 4):
        print("tick", i)
    print(await collect(Ticker(0, 3)))

    results = await asyncio.gather(collect(countdown("A", 3, 0.05)), collect(countdown("B", 2, 0.08)))
    print(results)

    order = []

    async def consume(name, n, delay):
        async for item in countdown(name, n, delay):
            order.append(item)

    await asyncio.gather(consume("fast", 3, 0.05), consume("slow", 2, 0.12))
    print(order)

    gen = echo()
    print(type(gen).__name__, await gen.asend(None))
    print(await gen.asend("hello"))
    print(await gen.asend("мир"))
    await gen.aclose()

    it = Ticker(0, 1).__aiter__()
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    agen = countdown("C", 2, 0)
    print(await agen.__anext__(), await anext(agen), await anext(agen, "default"))

    evens = [x async for x in Ticker(0, 10) if x % 2 == 0]
    print(evens)
    squares = {x: x * x async for x in Ticker(0, 4)}
    print(squares)

    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
