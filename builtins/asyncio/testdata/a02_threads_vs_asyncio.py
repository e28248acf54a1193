# The same job done twice: with threads, then with asyncio.
import asyncio
import threading
import time

JOBS = [("alpha", 0.15), ("beta", 0.05), ("gamma", 0.25)]


def thread_worker(name, delay, results, lock):
    time.sleep(delay)
    with lock:
        results.append(name)


def with_threads():
    results, lock = [], threading.Lock()
    threads = [threading.Thread(target=thread_worker, args=(n, d, results, lock), name=f"worker-{n}")
               for n, d in JOBS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("threads finished (sorted, their order is up to the OS):", sorted(results))
    print("threads still alive:", [t.name for t in threads if t.is_alive()])


async def async_worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()


async def with_asyncio():
    results = []
    tasks = [asyncio.create_task(async_worker(n, d, results), name=f"task-{n}") for n, d in JOBS]
    print("task names:", [t.get_name() for t in tasks])
    returned = await asyncio.gather(*tasks)
    print("asyncio finished in order:", results)
    print("gather kept argument order:", returned)
    print("all done:", all(t.done() for t in tasks))
    print("one thread ran the loop:", threading.current_thread().name, threading.active_count())


with_threads()
asyncio.run(with_asyncio())
print("Готово!")
