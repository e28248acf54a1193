"""Blog post "Futures, futures everywhere": asyncio.wrap_future around a
concurrent.futures.Future, a loop Future completed from a thread with
call_soon_threadsafe, set_default_executor, functools.partial in
run_in_executor, current_task/all_tasks names, Future states and
exceptions (InvalidStateError, CancelledError), add_done_callback order.
"""
import asyncio
import concurrent.futures
import functools
import threading


def blocking_power(base, exp=2, *, label=""):
    return f"{label}{base ** exp}"


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="default")
    loop.set_default_executor(pool)

    r = await loop.run_in_executor(None, functools.partial(blocking_power, 3, exp=4, label="3^4="))
    print("partial in executor:", r)

    cf = pool.submit(blocking_power, 7)
    af = asyncio.wrap_future(cf)
    print("wrap_future type:", type(af).__name__, "isfuture:", asyncio.isfuture(af))
    print("wrapped result:", await af, "| concurrent done:", cf.done())

    fut = loop.create_future()
    print("new future:", fut.done(), fut.cancelled())

    def complete_later():
        loop.call_soon_threadsafe(fut.set_result, "set from " + threading.current_thread().name)

    threading.Thread(target=complete_later, name="helper").start()
    print("awaited:", await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    order = []
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: order.append(("first", f.result())))
    f2.add_done_callback(lambda f: order.append(("second", f.result())))
    f2.set_result(42)
    await asyncio.sleep(0)
    print("callbacks:", order)

    f3 = loop.create_future()
    f3.set_exception(KeyError("gone"))
    try:
        await f3
    except KeyError as e:
        print("future exception:", repr(e), "| exception():", repr(f3.exception()))

    f4 = loop.create_future()
    f4.cancel()
    try:
        f4.result()
    except asyncio.CancelledError:
        print("cancelled future result raises CancelledError")
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("pending result:", e)

    async def named(i):
        await asyncio.sleep(0.001 * i)
        return asyncio.current_task().get_name()

    tasks = [asyncio.create_task(named(i), name=f"job-{i}") for i in range(3)]
    running = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all_tasks:", running)
    print("gathered:", await asyncio.gather(*tasks))
    print("main task name:", asyncio.current_task().get_name().startswith("Task-"))

    await loop.shutdown_default_executor()
    print("default executor shut down")


asyncio.run(main())
print("thread count after:", threading.active_count())
