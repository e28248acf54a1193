# The Python docs' say_after examples: sequential awaits versus tasks,
# timing printed as comparisons rather than clock readings.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def sequential():
    started = time.perf_counter()
    print("started sequential")
    await say_after(0.1, "hello")
    await say_after(0.2, "world")
    elapsed = time.perf_counter() - started
    print("finished sequential, took >= 0.3s:", elapsed >= 0.29)
    return elapsed


async def concurrent():
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    print(type(task1).__name__, task1.done(), task2.done())
    started = time.perf_counter()
    print("started concurrent")
    r1 = await task1
    r2 = await task2
    elapsed = time.perf_counter() - started
    print("finished concurrent, took < 0.3s:", elapsed < 0.29)
    print(r1, r2, task1.result(), task2.done())
    return elapsed


async def with_gather():
    results = await asyncio.gather(say_after(0.15, "three"), say_after(0.05, "one"), say_after(0.1, "two"))
    print("gather keeps argument order:", results)


async def main():
    seq = await sequential()
    con = await concurrent()
    print("concurrent faster:", con < seq)
    await with_gather()
    print("main is a coroutine function:", asyncio.iscoroutinefunction(main))


asyncio.run(main())
print(asyncio.run(say_after(0, "direct")))
