# time.get_clock_info: CPython's answers on Linux.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
try:
    time.get_clock_info()
except TypeError as e:
    print("TypeError")
