# A pipeline of queues: stage workers pass items on, a sentinel shuts
# each stage down, and a Condition/Event report progress.
import asyncio

STOP = object()
stopped = []


async def stage(name, inbox, outbox, transform, delay):
    handled = 0
    while True:
        item = await inbox.get()
        if item is STOP:
            inbox.task_done()
            if outbox is not None:
                await outbox.put(STOP)
            stopped.append(f"{name} stopping after {handled} items")
            return handled
        await asyncio.sleep(delay)
        result = transform(item)
        handled += 1
        if outbox is not None:
            await outbox.put(result)
        else:
            print(f"{name} final: {result}")
        inbox.task_done()


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(maxsize=1), asyncio.Queue()
    workers = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2, 0.01)),
        asyncio.create_task(stage("format", q2, q3, lambda x: f"<{x}>", 0.02)),
        asyncio.create_task(stage("print", q3, None, str.upper, 0)),
    ]
    for i in range(5):
        await q1.put(i)
    await q1.put(STOP)
    counts = await asyncio.gather(*workers)
    print("counts", counts)
    print(stopped)
    print("queues empty:", q1.empty(), q2.empty(), q3.empty())

    ready = asyncio.Event()
    done_count = 0
    cond = asyncio.Condition()

    async def participant(i):
        nonlocal done_count
        await ready.wait()
        await asyncio.sleep(0.06 * i)
        async with cond:
            done_count += 1
            cond.notify()

    parts = [asyncio.create_task(participant(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    ready.set()
    async with cond:
        while done_count < 4:
            await cond.wait()
            print("progress", done_count)
    await asyncio.gather(*parts)
    print(repr(ready).split(" at ")[0].split("[")[0].strip("<"), ready.is_set())


asyncio.run(main())
