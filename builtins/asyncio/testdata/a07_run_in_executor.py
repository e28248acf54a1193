# loop.run_in_executor with a ThreadPoolExecutor, and a worker thread
# that hands coroutines to the loop with run_coroutine_threadsafe and
# call_soon_threadsafe.
import asyncio
import concurrent.futures
import threading
import time


def cpu_bound(n):
    time.sleep(0.01 * n)
    return n * n, threading.current_thread().name


async def remote_add(a, b):
    await asyncio.sleep(0.01)
    return a + b


def worker_thread(loop, out):
    future = asyncio.run_coroutine_threadsafe(remote_add(2, 3), loop)
    out.append(("threadsafe result", future.result(timeout=5)))
    out.append(("future type", type(future).__module__ + "." + type(future).__name__))
    loop.call_soon_threadsafe(out.append, ("callback ran in", threading.current_thread().name))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix="пул") as pool:
        futures = [loop.run_in_executor(pool, cpu_bound, n) for n in (3, 1, 2)]
        results = await asyncio.gather(*futures)
    print([r for r, _ in results])
    print(sorted({name for _, name in results}))
    print(await loop.run_in_executor(None, cpu_bound, 1))

    out = []
    t = threading.Thread(target=worker_thread, args=(loop, out), name="helper")
    t.start()
    while len(out) < 3:
        await asyncio.sleep(0.01)
    t.join()
    for item in out:
        print(*item)

    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "from call_later")
    print(await fut)


asyncio.run(main())
