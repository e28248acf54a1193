# Calling an async def without await: the coroutine never runs, and
# CPython warns when it is dropped.
import asyncio


async def greet(name):
    print("hello", name)


async def main():
    greet("забытый")
    await asyncio.sleep(0.01)
    await greet("awaited")


asyncio.run(main())
c = greet("global")
print(type(c).__name__, asyncio.iscoroutine(c))
print("end")
