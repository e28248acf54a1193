# Blocking work off the event loop: run_in_executor with a
# ThreadPoolExecutor, asyncio.to_thread, thread names checked.
import asyncio
import concurrent.futures
import threading
import time


def blocking_io(n, delay):
    time.sleep(delay)
    name = threading.current_thread().name
    return n, name != "MainThread", threading.current_thread() is threading.main_thread()


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def heartbeat(stop, beats):
    while not stop.is_set():
        beats.append(1)
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    print("loop thread:", threading.current_thread().name)

    stop = asyncio.Event()
    beats = []
    hb = asyncio.create_task(heartbeat(stop, beats))
    result = await loop.run_in_executor(None, blocking_io, 1, 0.2)
    print("default executor:", result)
    print("loop kept running during blocking call:", len(beats) >= 3)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        futs = [loop.run_in_executor(pool, blocking_io, i, 0.05 * (3 - i)) for i in range(3)]
        print(type(futs[0]).__name__)
        print("pool results:", await asyncio.gather(*futs))
        name = await loop.run_in_executor(pool, lambda: threading.current_thread().name)
        print("pool thread prefix:", name.startswith("pool_"))
        print(await loop.run_in_executor(pool, cpu_bound, 1000))

    started = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 0.2),
        asyncio.to_thread(blocking_io, "b", 0.2),
        asyncio.to_thread(time.sleep, 0.2),
    )
    elapsed = time.perf_counter() - started
    print("to_thread results:", results)
    print("ran in parallel:", elapsed < 0.5)
    name = await asyncio.to_thread(lambda: threading.current_thread().name)
    print("to_thread thread:", name.startswith("asyncio_"))

    def fails():
        raise ValueError("from thread")

    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("exception crossed back:", e)

    stop.set()
    await hb
    print("heartbeat done:", hb.done())


asyncio.run(main())
