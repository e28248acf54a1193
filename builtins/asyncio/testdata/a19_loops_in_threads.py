# An event loop per thread (asyncio.run in worker threads), and a loop
# with nothing scheduled woken by another thread.
import asyncio
import threading
import time

results = {}


async def work(name, n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0.001)
        total += i
    return name, total, threading.current_thread().name


def runner(name):
    results[name] = asyncio.run(work(name, 20))


threads = [threading.Thread(target=runner, args=(f"t{i}",), name=f"loop-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(results[k])


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)


t = threading.Thread(target=no_loop, name="Рабочий")
t.start()
t.join()


def later(loop, fut):
    time.sleep(0.05)
    loop.call_soon_threadsafe(fut.set_result, "разбужен из потока")


async def idle_until_woken():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Thread(target=later, args=(loop, fut)).start()
    return await fut


print(asyncio.run(idle_until_woken()))
