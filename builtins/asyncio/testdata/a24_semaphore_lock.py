# Semaphore limiting concurrency with printed counts, a Lock protecting a
# shared counter, and an Event broadcast to waiters.
import asyncio

running = 0
peak = 0


async def download(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f"download {i} start, running={running}, locked={sem.locked()}")
        await asyncio.sleep(0.05 * (i % 3 + 1))
        running -= 1
    return i * i


counter = 0


async def increment(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1


async def unsafe_increment(n):
    global counter
    for _ in range(n):
        value = counter
        await asyncio.sleep(0)
        counter = value + 1


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released, is_set={event.is_set()}")
    return name


async def main():
    global counter
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(download(sem, i) for i in range(6)))
    print("results", results, "peak", peak)

    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock, 50) for _ in range(4)))
    print("with lock:", counter, lock.locked())
    counter = 0
    await asyncio.gather(*(unsafe_increment(50) for _ in range(4)))
    print("without lock:", counter)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.05)
    print("setting event")
    event.set()
    print(await asyncio.gather(*tasks))
    event.clear()
    print("cleared:", event.is_set())

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: len(items) >= n)
            print(f"consumer {n} sees {items[:n]}")

    cons = [asyncio.create_task(consumer(n)) for n in (1, 3)]
    for x in "abc":
        await asyncio.sleep(0.05)
        async with cond:
            items.append(x)
            cond.notify_all()
    await asyncio.gather(*cons)


asyncio.run(main())
