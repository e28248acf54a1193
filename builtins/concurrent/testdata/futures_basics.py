# concurrent.futures as tutorials use it: submit, map, as_completed,
# wait, exceptions captured in futures, and the with statement.
import concurrent.futures
import threading
import time

def square(x):
    return x * x

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(square, 7)
    print(future.result(), future.done())
    print(list(executor.map(square, range(5))))
    print(executor.submit(threading.current_thread).result().name)

def nap(seconds):
    time.sleep(seconds)
    return seconds

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(nap, s) for s in (0.06, 0.02, 0.04)]
    for f in concurrent.futures.as_completed(futures):
        print("completed", f.result())
    done, not_done = concurrent.futures.wait(futures)
    print(len(done), len(not_done))

def fail():
    raise ValueError("boom")

with concurrent.futures.ThreadPoolExecutor() as executor:
    f = executor.submit(fail)
    try:
        f.result()
    except ValueError as e:
        print("caught:", e)
    print(repr(f.exception()))

executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="worker")
print(executor.submit(lambda: threading.current_thread().name).result())
executor.shutdown()
try:
    executor.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
f = concurrent.futures.Future()
print(f.cancel(), f.cancelled())
try:
    f.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
print(concurrent.futures.TimeoutError is TimeoutError)
