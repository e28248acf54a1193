# A script's subclass of ThreadPoolExecutor: its __init__ (or the
# inherited one) makes the pool, super() reaches submit and shutdown, map
# goes through the subclass's submit and with through its shutdown, as
# CPython's Executor does. And set_running_or_notify_cancel on a future
# that is not pending logs CRITICAL and raises RuntimeError.
import concurrent.futures as cf
import logging
import threading

calls = []


class CountingPool(cf.ThreadPoolExecutor):
    def __init__(self, *args, label="пул", **kwargs):
        super().__init__(*args, **kwargs)
        self.label = label
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        calls.append(f"submit {fn.__name__}")
        return super().submit(fn, *args, **kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        calls.append(f"shutdown wait={wait}")
        super().shutdown(wait, cancel_futures=cancel_futures)


with CountingPool(2, thread_name_prefix="Счёт", label="счёт") as pool:
    print(type(pool).__name__, pool.label, isinstance(pool, cf.ThreadPoolExecutor))
    print(pool.submit(pow, 2, 10).result())
    print(list(pool.map(abs, [-1, -2, -3])))
    name = pool.submit(lambda: threading.current_thread().name).result()
print(pool.submitted, name.startswith("Счёт_"), calls)


class Plain(cf.ThreadPoolExecutor):
    pass


with Plain(max_workers=1) as p:
    print(type(p).__name__, p.submit(sum, [1, 2]).result(), list(p.map(len, ["ab", "c"])))
try:
    p.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Plain(max_workers=0)
except ValueError as e:
    print("ValueError:", e)


class Keep(logging.Handler):
    def emit(self, record):
        print("log:", record.levelname, record.args[0] == id(f), record.args[1])


logging.getLogger("concurrent.futures").addHandler(Keep())
f = cf.Future()
print(f.set_running_or_notify_cancel())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result(1)
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
f = cf.Future()
print(f.cancel(), f.set_running_or_notify_cancel())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
