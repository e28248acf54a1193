# wait_for and asyncio.timeout with TimeoutError, task.cancel() with
# finally cleanup, cancelled(), shield keeping the inner task alive.
import asyncio


async def slow_op(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return f"{name} result"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    log = []
    try:
        await asyncio.wait_for(slow_op("op1", 1, log), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, e.args)
    print(log)
    print(asyncio.TimeoutError is TimeoutError)

    log.clear()
    print(await asyncio.wait_for(slow_op("op2", 0.05, log), timeout=1))
    print(log)

    log.clear()
    try:
        async with asyncio.timeout(0.05) as cm:
            await slow_op("op3", 1, log)
    except TimeoutError:
        print("timeout block expired:", cm.expired())
    print(log)

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print("no deadline:", cm.when(), cm.expired())

    log.clear()
    task = asyncio.create_task(slow_op("op4", 1, log))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("op4 cancelled:", task.cancelled(), task.done())
    print(log)

    log.clear()
    inner = asyncio.create_task(slow_op("op5", 0.15, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except TimeoutError:
        print("shield timed out, inner done?", inner.done())
    print("inner result:", await inner)
    print(log)

    log.clear()
    t = asyncio.create_task(slow_op("op6", 0.2, log))
    outer = asyncio.shield(t)
    await asyncio.sleep(0.01)
    outer.cancel()
    await asyncio.sleep(0.3)
    print("outer cancelled:", outer.cancelled(), "inner:", t.result())

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("timeout=0 raises at once")

    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel(msg="bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel message:", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError")


asyncio.run(main())
