# Why locks exist: `counter += 1` is a read, an add and a write, and a
# thread switch between them loses an update. spindle can show it and
# replay it:
#
#   spindle --stress 20 examples/counter_race.py        # outputs seen under 20 seeds
#   spindle --schedule seed=3 examples/counter_race.py  # replay one losing run
#
# A plain run switches threads only every switch interval (5 ms by
# default; one second here, so that this plain run never loses an update
# and prints what CPython prints). Seeded schedules switch threads at
# random steps whatever the interval, so lost updates show up at once.
import sys
import threading

sys.setswitchinterval(1)
N = 4
ROUNDS = 1000
counter = 0


def work():
    global counter
    for _ in range(ROUNDS):
        value = counter
        counter = value + 1


threads = [threading.Thread(target=work) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter} (expected {N * ROUNDS})")
