"""A timing report formatted with f-string specs; elapsed times only shown through comparisons."""
import threading
import time
from datetime import timedelta

results = {}
lock = threading.Lock()


def job(name, n):
    start = time.perf_counter()
    acc = 0
    for i in range(n):
        acc += i * i
    time.sleep(0.001)
    elapsed = time.perf_counter() - start
    with lock:
        results[name] = (n, acc, elapsed)


specs = [('загрузка', 1000), ('parse', 25000), ('индекс', 300), ('save', 7)]
threads = [threading.Thread(target=job, args=s) for s in specs]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"{'job':<10}|{'n':>7}|{'sum of squares':>16}|{'hex':>8}|ok")
print(f"{'':-<10}+{'':->7}+{'':->16}+{'':->8}+--")
for name in sorted(results, key=lambda k: results[k][0], reverse=True):
    n, acc, elapsed = results[name]
    print(f'{name:<10}|{n:>7,}|{acc:>16_}|{n:>#8x}|{elapsed > 0!s:^2}')

n = 1234567.891
w, p = 12, 3
print(f'[{n:{w}.{p}f}] [{n:<{w},.1f}] [{n:^+{w}.0f}] [{n:e}] [{n:.3g}] [{n:%}]'[:90])
print(f'[{42:08b}] [{42:o}] [{42:#o}] [{255:X}] [{-42:+d}] [{42: d}] [{7:03}] [{-7:05}]')
print(f'[{"текст":*^11}] [{"left":<8}] [{"right":>8}] [{"trunc"[:3]}] [{"точка":.2}]')
name = 'Анна'
score = 0.8765
print(f'{name!r} {name!s} {name!a} {score:.1%} {score:6.2f} {score=} {score = :.2f}')
items = ['a', 'b']
print(f'{items!r:>12}|{len(items)=}|{items[0]+items[1]=}|{3 * 4 = }')
print(f'{{literal braces}} {{{name}}} {"nested " + f"{1 + 1}"}')
td = timedelta(seconds=3725.5)
print(f'{td} {td.total_seconds():.1f} {str(td):>12}')
width = max(len(k) for k in results)
for k in sorted(results):
    print(f'{k:.<{width + 3}}{results[k][0]:.>8}')
print('{0:>6}|{1:<6}|{0:^6}'.format('ab', 'cd'))
print('{name}-{n:03d}-{pct:.0%}'.format(name='x', n=7, pct=0.5))
print('%-6s|%6.2f|%03d|%x|%r|%5s|%%' % ('ok', 3.14159, 5, 255, 'q', 'абв'))
print(format(12345.678, ',.2f'), format(0.5, '.0%'), format(10, 'b'), format('s', '>3'))
elapsed = sum(r[2] for r in results.values())
print(f'elapsed positive: {elapsed > 0}, formatted width ok: {len(f"{elapsed:10.4f}") == 10}')
