# asyncio.to_thread: blocking functions run in real threads of the
# loop's default executor while the event loop goes on.
import asyncio
import threading
import time


def blocking_io(name, delay):
    time.sleep(delay)
    return f"{name} read by {threading.current_thread().name.split('_')[0]}"


def compute(n):
    return sum(i * i for i in range(n))


async def ticker(stop, ticks):
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.01)


async def main():
    print("main thread:", threading.current_thread().name)
    name = await asyncio.to_thread(lambda: threading.current_thread().name)
    print("first executor thread:", name)
    stop = asyncio.Event()
    ticks = []
    tick_task = asyncio.create_task(ticker(stop, ticks))
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "файл-1", 0.1),
        asyncio.to_thread(blocking_io, "файл-2", 0.05),
        asyncio.to_thread(compute, 1000),
    )
    stop.set()
    await tick_task
    print(results)
    print("the loop kept ticking while threads blocked:", len(ticks) > 2)
    try:
        await asyncio.to_thread(int, "не число")
    except ValueError as e:
        print("ValueError from the thread:", e)
    kw = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print(kw)


asyncio.run(main())
print("threads after run:", threading.active_count())
