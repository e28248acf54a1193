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


def wait_for_ticks(ticked):
    # Blocks its thread until the event loop has ticked three times.
    return "loop ticked while a thread blocked: " + str(ticked.wait(timeout=10))


async def ticker(stop, ticks, ticked):
    while not stop.is_set():
        ticks.append(1)
        if len(ticks) == 3:
            ticked.set()
        await asyncio.sleep(0.01)


async def main():
    print("main thread:", threading.current_thread().name)
    name = await asyncio.to_thread(lambda: threading.current_thread().name)
    print("first executor thread:", name)
    stop = asyncio.Event()
    ticks = []
    ticked = threading.Event()
    tick_task = asyncio.create_task(ticker(stop, ticks, ticked))
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "файл-1", 0.1),
        asyncio.to_thread(blocking_io, "файл-2", 0.05),
        asyncio.to_thread(compute, 1000),
        asyncio.to_thread(wait_for_ticks, ticked),
    )
    stop.set()
    await tick_task
    print(results)
    try:
        await asyncio.to_thread(int, "не число")
    except ValueError as e:
        print("ValueError from the thread:", e)
    kw = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print(kw)


asyncio.run(main())
print("threads after run:", threading.active_count())
