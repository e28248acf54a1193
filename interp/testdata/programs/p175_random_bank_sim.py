"""Bank simulation from a course on concurrency: clients arrive with
random.seed(2024)-driven amounts, tellers are threads, and the draws
must be exactly CPython's Mersenne Twister sequence. Each teller thread
owns a random.Random(seed) so results do not depend on scheduling.
"""
import bisect
import random
import threading
from collections import Counter

random.seed(2024)
print("random():", [round(random.random(), 12) for _ in range(3)])
print("randint:", [random.randint(1, 6) for _ in range(10)])
print("randrange:", random.randrange(10), random.randrange(5, 50, 5), random.randrange(-3, 3))
print("choice:", random.choice("АБВГДЕЁЖ"), random.choice([10, 20, 30]), random.choice(range(100, 200)))
deck = list(range(10))
random.shuffle(deck)
print("shuffle:", deck)
print("sample:", random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], k=2))
print("uniform:", round(random.uniform(1.5, 2.5), 10), round(random.uniform(10, -10), 10))
print("choices:", random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
print("choices cum:", random.choices("xyz", cum_weights=[1, 2, 10], k=5))
print("gauss:", round(random.gauss(100, 15), 9), round(random.normalvariate(0, 1), 9))
print("triangular:", round(random.triangular(0, 10, 3), 9), "expovariate:", round(random.expovariate(0.5), 9))
print("getrandbits:", random.getrandbits(1), random.getrandbits(64), random.getrandbits(100))
print("randbytes:", random.randbytes(6).hex())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print("setstate replays:", a == [random.random() for _ in range(3)])
for seed in ("привет", b"bytes", -7, 2**70, 3.5):
    random.seed(seed)
    print(f"seed {seed!r}:", random.randint(0, 10**6))

tellers = 3
clients = [(i, random.Random(i).randint(100, 5000)) for i in range(12)]
print("clients:", clients)
queues = [clients[t::tellers] for t in range(tellers)]
served = {}
lock = threading.Lock()
balance = 0


def teller(n, my_clients):
    global balance
    rng = random.Random(f"teller-{n}")
    log = []
    for client, amount in my_clients:
        fee = rng.choice([0, 5, 10])
        service = round(rng.uniform(1, 3), 3)
        log.append((client, amount, fee, service))
        with lock:
            balance += amount - fee
    with lock:
        served[n] = log


threads = [threading.Thread(target=teller, args=(n, queues[n]), name=f"окно-{n + 1}") for n in range(tellers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(served):
    print(f"teller {n}:", served[n])
print("balance:", balance)

# bisect: percentiles of served amounts and grade buckets
amounts = sorted(a for _, a in clients)
print("sorted amounts:", amounts)
for x in (100, 2500, 5000, 9999):
    print(f"  {x}: left={bisect.bisect_left(amounts, x)} right={bisect.bisect_right(amounts, x)}")
breaks, grades = [1000, 2000, 3500], "CBAS"
print("grades:", Counter(grades[bisect.bisect(breaks, a)] for a in amounts))
bisect.insort(amounts, 2500)
bisect.insort_left(amounts, 100)
print("after insort:", amounts[:4], len(amounts))
print("key=:", bisect.bisect_left(clients, 3000, key=lambda c: c[1]) if False else
      bisect.bisect_left(sorted(clients, key=lambda c: c[1]), 3000, key=lambda c: c[1]))

r = random.Random(7)
print("Random(7):", r.random(), r.randint(1, 100), r.sample(range(20), 3))
r2 = random.Random()
r2.seed(7)
print("same as reseeded:", r2.random() == random.Random(7).random())
try:
    random.sample({1, 2, 3}, 2)
except TypeError as exc:
    print("sample(set):", exc)
try:
    random.randrange(5, 5)
except ValueError as exc:
    print("randrange(5, 5):", exc)
try:
    random.choice([])
except IndexError as exc:
    print("choice([]):", exc)
