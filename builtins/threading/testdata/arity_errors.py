# Calls of threading's functions and Thread's methods with arguments they
# don't take fail with CPython's messages; Thread's daemon is keyword-only.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.01,))
calls = [
    lambda: t.start(1), lambda: t.is_alive(1), lambda: t.run(x=1), lambda: t.join(1, 2),
    lambda: threading.active_count(1), lambda: threading.current_thread(1),
    lambda: threading.main_thread(x=1), lambda: threading.enumerate(1, 2),
    lambda: threading.get_ident(1), lambda: threading.get_native_id(x=1),
    lambda: time.time(1), lambda: time.monotonic(1), lambda: time.perf_counter_ns(x=1),
    lambda: threading.Thread(None, print, "n", (), {}, True),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
t.start()
t.join()
print(t.is_alive())
