# A time-based thread switch waits for a safe point, as CPython 3.11 does
# (a call, a return, a loop's next iteration), so these unlocked
# read-modify-write loops never lose an update and print exact totals.
import threading

counter = 0
def inc_temp(n):
    global counter
    for _ in range(n):
        temp = counter
        temp += 1
        counter = temp

def bump():
    global counter
    counter += 1

def inc_call(n):
    for _ in range(n):
        bump()

class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        for _ in range(n):
            self.balance += 1

data = {"hits": 0}
def inc_dict(n):
    i = 0
    while i < n:
        data["hits"] += 1
        i += 1

for fn in (inc_temp, inc_call):
    counter = 0
    ts = [threading.Thread(target=fn, args=(50000,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(fn.__name__, counter)
acc = Account()
ts = [threading.Thread(target=acc.deposit, args=(50000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("balance", acc.balance)
ts = [threading.Thread(target=inc_dict, args=(50000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("hits", data["hits"])
