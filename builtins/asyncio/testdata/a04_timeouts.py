# Timeouts: asyncio.wait_for, the asyncio.timeout() context manager
# (3.11) and shield().
import asyncio


async def slow_operation(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the timeout")
        raise


async def main():
    print(await asyncio.wait_for(slow_operation("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow_operation("slow", 1), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)

    try:
        async with asyncio.timeout(0.05) as cm:
            await slow_operation("in-timeout-block", 1)
    except TimeoutError:
        print("timeout() expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("not expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())

    task = asyncio.create_task(slow_operation("shielded", 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.02)
    except TimeoutError:
        print("shield: outer timed out, inner cancelled?", task.cancelled())
    print(await task)

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("zero timeout")


asyncio.run(main())
