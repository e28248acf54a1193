# join checks that the thread started before it looks at the timeout,
# whose TypeError is that of CPython's max(timeout, 0).
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.05,))
try:
    t.join(timeout="1")
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
for bad in ["1", [1]]:
    try:
        t.join(bad)
    except TypeError as e:
        print("TypeError:", e)
print(t.join(None), t.is_alive())
try:
    t.join("1")
except TypeError as e:
    print("TypeError:", e)
