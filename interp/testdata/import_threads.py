# Threads importing the same module at once: one runs its top level
# (which sleeps, releasing the GIL) holding the import lock; the others
# wait and all see it fully initialised, run once.
import threading
seen = []
def worker():
    from mods import slowmod
    seen.append((slowmod.value, slowmod.runs))
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
