# Async comprehensions: async for clauses and awaits in list, set and
# dict comprehensions of a coroutine.
import asyncio


async def readings(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield f"датчик-{i}", i * 10


async def convert(value):
    await asyncio.sleep(0)
    return value / 10


async def broken():
    yield 1
    raise ValueError("поломка")


async def main():
    print([name async for name, _ in readings(3)])
    print({name: value async for name, value in readings(3) if value})
    print({value % 20 async for _, value in readings(4)})
    print([await convert(v) async for _, v in readings(3)])
    print([await convert(x) for x in (5, 15)])
    print([(n, c) async for n, _ in readings(2) for c in "xy"])
    print([(c, n) for c in "xy" async for n, _ in readings(2)])
    try:
        [x async for x in broken()]
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
