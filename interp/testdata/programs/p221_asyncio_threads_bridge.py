"""Blog post "Talking to an event loop from other threads": worker threads
submit coroutines with run_coroutine_threadsafe into the main loop, set an
asyncio.Event through call_soon_threadsafe, feed an asyncio.Queue from a
thread, and the loop uses as_completed, Semaphore, shield, asyncio.timeout
(3.11), call_later and task cancellation with a message.
"""
import asyncio
import threading
import time

results = []


async def compute(tag: str, x: int) -> str:
    await asyncio.sleep(0.001 * x)
    return f"{tag}:{x * x}"


def thread_client(loop: asyncio.AbstractEventLoop, tag: str, done: threading.Event) -> None:
    futs = [asyncio.run_coroutine_threadsafe(compute(tag, x), loop) for x in (3, 1, 2)]
    got = [f.result(timeout=5) for f in futs]
    results.append((tag, got))
    done.set()


async def main() -> None:
    loop = asyncio.get_running_loop()
    done_flags = [threading.Event() for _ in range(2)]
    threads = [threading.Thread(target=thread_client, args=(loop, f"T{i}", done_flags[i])) for i in range(2)]
    for t in threads:
        t.start()
    await asyncio.to_thread(lambda: [d.wait() for d in done_flags])
    for t in threads:
        t.join()
    for tag, got in sorted(results):
        print(tag, got)

    ready = asyncio.Event()
    threading.Timer(0.01, loop.call_soon_threadsafe, args=(ready.set,)).start()
    await asyncio.wait_for(ready.wait(), timeout=5)
    print("event set from a Timer thread:", ready.is_set())

    q: asyncio.Queue[int] = asyncio.Queue()

    def feeder() -> None:
        for i in range(5):
            loop.call_soon_threadsafe(q.put_nowait, i * 10)
        loop.call_soon_threadsafe(q.put_nowait, -1)

    threading.Thread(target=feeder).start()
    received = []
    while (item := await q.get()) != -1:
        received.append(item)
    print("from thread via queue:", received)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty on empty queue")

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i: int) -> int:
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.002)
            active -= 1
            return i

    order = []
    for coro in asyncio.as_completed([limited(i) for i in range(6)]):
        order.append(await coro)
    print("as_completed got all:", sorted(order), "peak concurrency:", peak)

    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout raised TimeoutError")

    inner = asyncio.create_task(compute("shielded", 4), name="inner")
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        print("shielded wait timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    fired = []
    loop.call_later(0.005, fired.append, "later")
    loop.call_soon(fired.append, "soon")
    await asyncio.sleep(0.02)
    print("callbacks:", fired)

    async def forever() -> None:
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError as e:
            print("cancelled with args:", e.args)
            raise

    task = asyncio.create_task(forever(), name="forever")
    await asyncio.sleep(0)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled():", task.cancelled(), "name:", task.get_name())


asyncio.run(main())
print("threads:", [t.name for t in threading.enumerate()])
