# yield from: возврат значения из подгенератора, делегирование send, конвейеры
def read_chunk(name, lines):
    count = 0
    for line in lines:
        yield f"{name}> {line}"
        count += 1
    return count


def read_all(sources):
    totals = {}
    for name, lines in sources.items():
        totals[name] = yield from read_chunk(name, lines)
    return totals


gen = read_all({"альфа": ["раз", "два"], "бета": ["три"], "гамма": []})
try:
    while True:
        print(next(gen))
except StopIteration as stop:
    print("итоги:", stop.value)


def accumulator():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


def grouper(results, key):
    while True:
        results[key] = yield from accumulator()
        key += "'"


results = {}
g = grouper(results, "сумма")
next(g)
for v in [1, 2, 3, None, 10, 20, None]:
    g.send(v)
print(results)


def flatten(items, depth=0):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item, depth + 1)
        else:
            yield depth, item


data = [1, [2, [3, 4], "пять"], (6, [7, [8]])]
for depth, val in flatten(data):
    print("  " * depth + str(val))
print(list(v for _, v in flatten(data)))


def numbers(n):
    yield from range(n)
    return "готово"


def wrapper():
    result = yield from numbers(3)
    yield result


print(list(wrapper()))


def inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")


o = outer()
print(next(o))
o.close()


def pipeline_source(text):
    yield from text.split()


def upper(words):
    for w in words:
        yield w.upper()


def longer(words, n):
    yield from (w for w in words if len(w) > n)


text = "мир труд май весна солнце ёжик"
print(list(longer(upper(pipeline_source(text)), 3)))
