"""University exercise: the sleeping barber with semaphores and a bounded waiting room."""
import threading
import time
import random

CHAIRS = 3
customers_ready = threading.Semaphore(0)
barber_ready = threading.Semaphore(0)
seats_lock = threading.Lock()
free_seats = CHAIRS
served = []
turned_away = []
log_lock = threading.Lock()
closing = threading.Event()


def barber():
    global free_seats
    while True:
        customers_ready.acquire()
        if closing.is_set() and free_seats == CHAIRS:
            break
        with seats_lock:
            free_seats += 1
        barber_ready.release()
        time.sleep(0.002)


def customer(name, arrive_after):
    global free_seats
    time.sleep(arrive_after)
    with seats_lock:
        if free_seats == 0:
            with log_lock:
                turned_away.append(name)
            return
        free_seats -= 1
    customers_ready.release()
    barber_ready.acquire()
    with log_lock:
        served.append(name)


random.seed(42)
names = [f'клиент-{i:02d}' for i in range(12)]
arrivals = [random.choice([0.0, 0.0, 0.03, 0.06]) for _ in names]
b = threading.Thread(target=barber, name='barber')
b.start()
cs = [threading.Thread(target=customer, args=(n, a)) for n, a in zip(names, arrivals)]
for c in cs:
    c.start()
for c in cs:
    c.join()
closing.set()
customers_ready.release()
b.join()
print('everyone accounted for:', len(served) + len(turned_away) == len(names))
print('served at least CHAIRS:', len(served) >= CHAIRS)
print('seats free at close:', free_seats)
print('all names:', sorted(served + turned_away) == sorted(names))


class Fork:
    def __init__(self, n):
        self.n = n
        self.lock = threading.Lock()


def philosopher(i, left, right, meals, counts):
    first, second = sorted((left, right), key=lambda f: f.n)
    for _ in range(meals):
        with first.lock:
            with second.lock:
                counts[i] += 1


forks = [Fork(i) for i in range(5)]
counts = [0] * 5
ps = [threading.Thread(target=philosopher, args=(i, forks[i], forks[(i + 1) % 5], 20, counts)) for i in range(5)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print('meals:', counts, 'forks free:', not any(f.lock.locked() for f in forks))
