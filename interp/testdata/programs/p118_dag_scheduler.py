"""A build system: tasks with dependencies run on a pool as soon as their inputs are done; cycles detected."""
import concurrent.futures as cf
import threading
import time
from collections import deque

TASKS = {
    'fetch': [],
    'configure': ['fetch'],
    'compile_a': ['configure'],
    'compile_b': ['configure'],
    'compile_c': ['configure'],
    'link': ['compile_a', 'compile_b', 'compile_c'],
    'docs': ['fetch'],
    'package': ['link', 'docs'],
}


def topo_order(graph):
    indeg = {n: len(deps) for n, deps in graph.items()}
    users = {n: [] for n in graph}
    for n, deps in graph.items():
        for d in deps:
            users[d].append(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(graph):
        stuck = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f'cycle among {stuck}')
    return order


print('order:', topo_order(TASKS))
try:
    topo_order({'a': ['b'], 'b': ['a'], 'c': []})
except ValueError as exc:
    print('error:', exc)

finished = {}
lock = threading.Lock()
clock = [0]


def run(name, inputs):
    time.sleep(0.002)
    with lock:
        clock[0] += 1
        finished[name] = clock[0]
    return f'{name}({",".join(sorted(inputs))})' if inputs else name


def build(graph, workers=3, fail=None):
    results, futures = {}, {}
    remaining = dict(graph)
    with cf.ThreadPoolExecutor(max_workers=workers) as pool:
        while remaining or futures:
            for name in sorted(remaining):
                deps = remaining[name]
                if all(d in results for d in deps):
                    fn = (lambda n, i: 1 / 0) if name == fail else run
                    futures[pool.submit(fn, name, [results[d] for d in deps])] = name
                    del remaining[name]
            done, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
            for f in done:
                name = futures.pop(f)
                if f.exception() is not None:
                    for g in futures:
                        g.cancel()
                    return results, f'{name} failed: {f.exception()!r}'
                results[name] = f.result()
    return results, None


results, error = build(TASKS)
print('error:', error)
print('package:', results['package'])
ok = all(finished[d] < finished[n] for n, deps in TASKS.items() for d in deps)
print('every task after its dependencies:', ok)
results, error = build(TASKS, fail='compile_b')
print('with failure:', error)
print('built before failure includes configure:', 'configure' in results, 'package' in results)
