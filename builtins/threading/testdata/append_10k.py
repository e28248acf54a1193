import threading
items = []
shared = {}
def work(i):
    items.append(i)
    shared[i % 100] = shared.get(i % 100, 0) + 1
ts = [threading.Thread(target=work, args=(i,)) for i in range(10000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), len(set(items)), sum(shared.values()))
