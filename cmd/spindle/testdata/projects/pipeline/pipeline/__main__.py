import threading

from .stages import Pipeline, square, keep_even

p = Pipeline(square, keep_even)
print("results:", p.run(range(10)))
print("processed:", p.processed)
print("parallel:", p.map_parallel(lambda s: s.upper(), ["один", "два", "три"]))
print("threads left:", threading.active_count())
