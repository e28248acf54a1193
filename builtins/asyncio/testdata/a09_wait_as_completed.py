# asyncio.wait with its return_when modes, and as_completed.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.02), ("b", 0.2), ("c", 0.3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED:", sorted(t.result() for t in done), len(pending))

    tasks = [asyncio.create_task(job("x", 0.02, fail=True)), asyncio.create_task(job("y", 0.3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", [repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()

    for coro in asyncio.as_completed([job("медленно", 0.3), job("быстро", 0.01), job("средне", 0.15)]):
        print("as_completed ->", await coro)

    try:
        for coro in asyncio.as_completed([job("late", 1)], timeout=0.02):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")

    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
