"""Blog post "asyncio and threads together": asyncio.run() inside worker
threads (one event loop per thread), get_running_loop() distinct per
thread, call_soon_threadsafe from another thread, run_coroutine_threadsafe
into a loop that runs in a background thread, and asyncio.to_thread
calling back into blocking code.
"""
import asyncio
import threading
import time

results = {}
lock = threading.Lock()


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} fetched"


async def crawl(tag):
    loop = asyncio.get_running_loop()
    got = await asyncio.gather(*(fetch(f"{tag}/{i}", 0.001 * (3 - i)) for i in range(3)))
    return id(loop), got, threading.current_thread().name


def worker(tag):
    loop_id, got, name = asyncio.run(crawl(tag))
    with lock:
        results[tag] = (loop_id, got, name)


ts = [threading.Thread(target=worker, args=(tag,), name=f"loop-{tag}") for tag in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
for tag in sorted(results):
    print(tag, results[tag][1], results[tag][2])
print("different loops:", results["a"][0] != results["b"][0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("no loop in main:", e)

# A loop living in a background thread, fed from the main thread.
loop = asyncio.new_event_loop()
started = threading.Event()


def run_loop():
    asyncio.set_event_loop(loop)
    loop.call_soon(started.set)
    loop.run_forever()


bg = threading.Thread(target=run_loop, name="bg-loop", daemon=True)
bg.start()
started.wait()
print("loop running:", loop.is_running(), "closed:", loop.is_closed())


async def square(x):
    await asyncio.sleep(0)
    return x * x, threading.current_thread().name


futs = [asyncio.run_coroutine_threadsafe(square(x), loop) for x in range(4)]
print("run_coroutine_threadsafe:", [f.result(timeout=5) for f in futs])


async def fail():
    raise LookupError("not in this loop")


f = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    f.result(timeout=5)
except LookupError as e:
    print("exception crosses back:", repr(e), type(f).__module__)

marks = []
done = threading.Event()
loop.call_soon_threadsafe(lambda: marks.append(threading.current_thread().name))
loop.call_soon_threadsafe(done.set)
done.wait()
print("call_soon_threadsafe ran in:", marks)
loop.call_soon_threadsafe(loop.stop)
bg.join()
loop.close()
print("after stop:", loop.is_running(), loop.is_closed())


def blocking(n):
    time.sleep(0.001)
    return n + 1, threading.current_thread() is threading.main_thread()


async def main():
    vals = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(3)))
    return vals, threading.current_thread().name


print("to_thread:", asyncio.run(main()))
print("threads left:", [t.name for t in threading.enumerate() if not t.name.startswith("asyncio")])
