# superfastpython-style guide: TaskGroup, fire-and-forget tasks kept in a
# set, wait_for with a fallback, timeouts and asyncio.sleep(0) yielding.
import asyncio
import random

background_tasks = set()


async def task(number, value):
    await asyncio.sleep(value)
    print(f">task {number} done with {value}")
    return number * value


async def fire_and_forget(n, results):
    await asyncio.sleep(0.06 * n)
    results.append(n)


async def flaky(number):
    await asyncio.sleep(0.05 * number)
    if number == 2:
        raise ValueError(f"task {number} failed")
    return number


async def main():
    random.seed(7)
    values = random.sample([0.05, 0.1, 0.15, 0.2], 4)
    print("values", values)
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(task(i, v)) for i, v in enumerate(values)]
    print("results", [t.result() for t in tasks])

    results = []
    for n in range(3):
        t = asyncio.create_task(fire_and_forget(n, results))
        background_tasks.add(t)
        t.add_done_callback(background_tasks.discard)
    print("background:", len(background_tasks))
    await asyncio.sleep(0.25)
    print("background after:", len(background_tasks), results)

    try:
        async with asyncio.TaskGroup() as group:
            for i in range(4):
                group.create_task(flaky(i))
    except* ValueError as eg:
        print("ExceptionGroup:", [str(e) for e in eg.exceptions])

    try:
        result = await asyncio.wait_for(task(99, 0.5), timeout=0.1)
    except asyncio.TimeoutError:
        result = "fallback"
    print("wait_for:", result)

    async def busy(name, n):
        for i in range(n):
            print(f"{name} step {i}")
            await asyncio.sleep(0)

    await asyncio.gather(busy("A", 2), busy("B", 3))

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(asyncio.sleep(1))
            raise KeyError("body failed")
    except* KeyError as eg:
        print("body error in group:", repr(eg.exceptions[0]))


asyncio.run(main())
