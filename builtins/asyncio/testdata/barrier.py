# asyncio.Barrier (3.11): waits, indexes, abort, reset and BrokenBarrierError.
import asyncio

async def runner(barrier, name, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives")
    idx = await barrier.wait()
    log.append(f"{name} passes")
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" [")[1], barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    idxs = await asyncio.gather(*(runner(barrier, f"r{i}", 0.001 * i, log) for i in range(3)))
    print(sorted(idxs), log)
    print(repr(barrier).split(" [")[1])
    one = asyncio.Barrier(1)
    async with one as pos:
        print("async with index:", pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    print("waiting:", b2.n_waiting, repr(b2).split(" [")[1])
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, isinstance(e, RuntimeError), b2.broken, repr(b2).split(" [")[1])
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await b2.reset()
    print("after reset:", b2.broken, b2.n_waiting)
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(b3.wait())
    await asyncio.sleep(0.01)
    await b3.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("reset breaks waiter:", e)
    print(asyncio.BrokenBarrierError.__module__, asyncio.Barrier.__module__)

asyncio.run(main())
