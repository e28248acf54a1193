# asyncio.timeout's states and reprs as in CPython 3.11 (created,
# active with its deadline rounded, expiring/expired, finished), and
# reschedule's errors outside the active state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    print(repr(t))
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout_at(None) as cm:
        print(repr(cm), cm.when(), cm.expired())
        cm.reschedule(12.34567)
        print(repr(cm))
        cm.reschedule(None)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(repr(e), type(e.__context__).__name__, repr(cm), cm.expired())
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside, state:", repr(cm))
            raise
    print("not reached")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError out of asyncio.run")
