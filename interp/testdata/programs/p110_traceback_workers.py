"""traceback.format_exc() and friends inside worker threads; sys.exc_info() in handlers."""
import queue
import sys
import threading
import traceback

reports = queue.Queue()


def parse_price(text):
    return float(text.replace(',', '.'))


def total(prices):
    return sum(parse_price(p) for p in prices)


def worker(name, prices):
    try:
        value = total(prices)
        reports.put((name, 'ok', f'{value:.2f}'))
    except Exception:
        exc_type, exc_value, tb = sys.exc_info()
        lines = traceback.format_exc().splitlines()
        reports.put((name, 'error', lines))
        summary = traceback.extract_tb(tb)
        reports.put((name, 'frames', [f.name for f in summary]))
        reports.put((name, 'only', traceback.format_exception_only(exc_type, exc_value)))


jobs = [('shop-1', ['1,50', '2.25']), ('shop-2', ['3', 'abc']), ('shop-3', [])]
for name, prices in jobs:
    t = threading.Thread(target=worker, args=(name, prices), name=name)
    t.start()
    t.join()

while not reports.empty():
    name, kind, data = reports.get()
    if kind == 'error':
        print(f'[{name}] traceback:')
        for line in data:
            print('   |' + line)
    else:
        print(f'[{name}] {kind}: {data}')

print('outside handler:', sys.exc_info())


def level3():
    raise KeyError('deep')


def level2():
    try:
        level3()
    except KeyError as exc:
        raise LookupError('while looking up') from exc


def level1():
    level2()


try:
    level1()
except LookupError as exc:
    text = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    print(text.rstrip())
    print('---')
    print(''.join(traceback.format_exception(exc)).count('Traceback'))
    stack = traceback.extract_tb(exc.__traceback__)
    print([(f.name, f.lineno > 0) for f in stack])
    print('last line:', stack[-1].line)

try:
    {}['x']
except KeyError:
    e = sys.exc_info()[1]
    print('exc_info value is', repr(e), '| exception() same:', sys.exception() is e if hasattr(sys, 'exception') else True)
