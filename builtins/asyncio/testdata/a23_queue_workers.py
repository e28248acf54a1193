# The docs' Queue example: workers take items, task_done/join waits for
# all of them, then the workers are cancelled.
import asyncio


async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        try:
            await asyncio.sleep(sleep_for)
            log.append((name, sleep_for))
        finally:
            queue.task_done()


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print(f"put {item}, qsize={queue.qsize()}, full={queue.full()}")


async def main():
    queue = asyncio.Queue()
    print(queue.empty(), queue.qsize(), queue.maxsize)
    for delay in (0.05, 0.2, 0.1, 0.15, 0.3, 0.25):
        queue.put_nowait(delay)
    log = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue, log))
        tasks.append(task)
    await queue.join()
    print("all work done:", sorted(log, key=lambda x: x[1]))
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])

    bounded = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(bounded, ["a", "b", "c", "d"]))
    await asyncio.sleep(0.05)
    print("producer blocked:", not prod.done(), bounded.qsize())
    while not prod.done() or not bounded.empty():
        item = await bounded.get()
        print("got", item)
        await asyncio.sleep(0.05)
    try:
        bounded.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    bounded.put_nowait(1)
    bounded.put_nowait(2)
    try:
        bounded.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        await asyncio.wait_for(bounded.put(3), timeout=0.05)
    except asyncio.TimeoutError:
        print("put timed out")
    print(bounded.qsize())

    pq = asyncio.PriorityQueue()
    for p in [(3, "low"), (1, "high"), (2, "mid")]:
        await pq.put(p)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "xyz":
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
