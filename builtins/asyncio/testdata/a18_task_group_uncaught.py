# An ExceptionGroup from a TaskGroup that nobody catches.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"worker {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2):
            tg.create_task(worker(n))


asyncio.run(main())
