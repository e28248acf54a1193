"""Blog post "Mixing asyncio with blocking code": loop.run_in_executor with a
ThreadPoolExecutor, asyncio.to_thread, gather with return_exceptions,
wait_for with a timeout, asyncio.wait with FIRST_COMPLETED, and an
asyncio.Queue fed by coroutines while blocking work runs in threads.
"""
import asyncio
import concurrent.futures
import threading
import time


def blocking_io(n: int) -> str:
    time.sleep(0.01 * n)
    return f"io-{n} on {threading.current_thread().name.split('_')[0]}"


def cpu_bound(n: int) -> int:
    return sum(i * i for i in range(n))


def explode(msg: str) -> None:
    raise ValueError(msg)


async def main() -> None:
    loop = asyncio.get_running_loop()

    # 1. default executor
    r = await loop.run_in_executor(None, blocking_io, 1)
    print("default executor:", r.startswith("io-1"))

    # 2. custom pool, named threads
    with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, n) for n in (3, 1, 2)))
        for line in results:
            print("  custom pool:", line)
        total = await loop.run_in_executor(pool, cpu_bound, 1000)
        print("cpu_bound(1000) =", total)

    # 3. to_thread
    r = await asyncio.to_thread(blocking_io, 0)
    print("to_thread:", r.split(" on ")[0])

    # 4. exceptions through gather
    outcome = await asyncio.gather(
        asyncio.to_thread(cpu_bound, 10),
        asyncio.to_thread(explode, "boom"),
        return_exceptions=True,
    )
    for item in outcome:
        print("  gather item:", type(item).__name__, item)

    try:
        await asyncio.to_thread(explode, "raised directly")
    except ValueError as e:
        print("caught:", repr(e))

    # 5. wait_for with a timeout on a slow coroutine
    async def slow() -> str:
        await asyncio.sleep(10)
        return "never"

    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out, TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)

    # 6. asyncio.wait FIRST_COMPLETED
    fast = asyncio.create_task(asyncio.sleep(0.01, result="fast"), name="fast")
    lazy = asyncio.create_task(asyncio.sleep(5, result="lazy"), name="lazy")
    done, pending = await asyncio.wait({fast, lazy}, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.get_name() for t in done], "pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("lazy cancelled:", lazy.cancelled())

    # 7. asyncio.Queue between producer and consumers; work done in threads
    q: asyncio.Queue = asyncio.Queue(maxsize=2)
    processed: list[tuple[str, int]] = []

    async def producer() -> None:
        for word in ["alpha", "beta", "gamma", "delta", "epsilon"]:
            await q.put(word)
        for _ in range(2):
            await q.put(None)

    async def consumer(name: str) -> None:
        while (item := await q.get()) is not None:
            length = await asyncio.to_thread(len, item)
            processed.append((item, length))
            q.task_done()
        q.task_done()

    await asyncio.gather(producer(), consumer("c1"), consumer("c2"))
    await q.join()
    for word, n in sorted(processed):
        print(f"  {word:<8}|{n:>3}")
    print("queue empty:", q.empty(), "qsize:", q.qsize())


asyncio.run(main())
print("threads left:", sorted(t.name for t in threading.enumerate()))
