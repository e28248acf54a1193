# Task names, current_task, all_tasks counts, done callbacks, and reprs
# with addresses masked.
import asyncio
import re


def mask(s):
    s = re.sub(r"\S*a29_tasks_introspection\.py", "FILE", s)
    return re.sub(r"0x[0-9a-f]+", "0x…", s)


async def job(n, delay):
    me = asyncio.current_task()
    print(f"job {n} runs in {me.get_name()}")
    await asyncio.sleep(delay)
    return n * 10


def on_done(task):
    if task.cancelled():
        print(f"callback: {task.get_name()} cancelled")
    elif task.exception() is not None:
        print(f"callback: {task.get_name()} failed with {task.exception()!r}")
    else:
        print(f"callback: {task.get_name()} -> {task.result()}")


async def boom():
    await asyncio.sleep(0.1)
    raise RuntimeError("boom")


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name(), me.get_coro().__name__)
    print("tasks at start:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(job(i, 0.05 * (i + 1))) for i in range(3)]
    named = asyncio.create_task(job(9, 0.2), name="worker-nine")
    print([t.get_name() for t in tasks], named.get_name())
    print("tasks running:", len(asyncio.all_tasks()))
    for t in tasks + [named]:
        t.add_done_callback(on_done)
    await asyncio.sleep(0)
    print(mask(repr(tasks[0])))
    await asyncio.gather(*tasks, named)
    await asyncio.sleep(0)
    print("tasks after gather:", len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    print(mask(repr(tasks[0])))

    failing = asyncio.create_task(boom(), name="boomer")
    failing.add_done_callback(on_done)
    try:
        await failing
    except RuntimeError:
        pass
    await asyncio.sleep(0)
    print(mask(repr(failing)))

    c = asyncio.create_task(job(5, 5), name="sleepy")
    c.add_done_callback(on_done)
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0.01)
    print(mask(repr(c)))
    named.set_name("renamed")
    print(named.get_name())

    fut = asyncio.get_running_loop().create_future()
    print(mask(repr(fut)), fut.done())
    fut.set_result([1, 2])
    print(mask(repr(fut)), await fut)
    fut2 = asyncio.Future()
    fut2.set_exception(KeyError("x"))
    print(mask(repr(fut2)))
    try:
        fut2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        await fut2
    except KeyError as e:
        print("awaited future raised", repr(e))
    print(asyncio.current_task() is me)


print(asyncio.current_task.__name__)
asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
