# asyncio's Lock, Event, Condition, Semaphore and BoundedSemaphore.
import asyncio

counter = 0


async def increment(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1


async def waiter(event, name, log):
    log.append(f"{name} waits")
    await event.wait()
    log.append(f"{name} woke")


async def limited(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak.append(len(active))
        await asyncio.sleep(0.01)
        active.remove(i)


async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f"{name} took {items.pop(0)}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock, 50) for _ in range(4)))
    print("counter with lock:", counter, "locked now:", lock.locked())

    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(event, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set:", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(log)

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(6)))
    print("max concurrent:", max(peak))

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items, clog = [], []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}", clog)) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("яблоко", "груша"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(clog)

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
