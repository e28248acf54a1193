# Producer/consumer with asyncio.Queue: a bounded queue, two consumers,
# queue.join() to wait for the work, then cancelling the idle consumers.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(f"задача-{i}")
        print(f"producer: put задача-{i} (size {queue.qsize()})")
    print("producer: done")


async def consumer(name, queue, processed):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0)
            processed.append((name, item))
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name}: cancelled, processed {sum(1 for n, _ in processed if n == name)}")
        raise


async def main():
    queue = asyncio.Queue(maxsize=2)
    print("maxsize", queue.maxsize, "empty", queue.empty(), "full", queue.full())
    processed = []
    consumers = [asyncio.create_task(consumer(f"consumer-{i}", queue, processed)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all items processed:", sorted(item for _, item in processed))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("cancelled:", [c.cancelled() for c in consumers])

    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
