# asyncio.TaskGroup (3.11): structured concurrency; a failing task
# cancels its siblings and the errors come out as an ExceptionGroup.
import asyncio


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: отменено")
        raise
    if fail:
        raise ConnectionError(f"{name} failed")
    print(f"{name}: done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("one", 0.15))
        t2 = tg.create_task(fetch("two", 0.01), name="second")
    print("results:", t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("ok", 0.01))
            tg.create_task(fetch("bad", 0.15, fail=True))
            tg.create_task(fetch("slow", 1))
    except* ConnectionError as eg:
        print("caught:", [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0, fail=True))
            tg.create_task(fetch("b", 0, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("c", 1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
