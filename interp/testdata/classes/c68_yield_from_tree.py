# yield from: обход дерева, возвращаемые значения подгенераторов, проброс send/throw
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)

    def size(self):
        total = 1
        for child in self.children:
            total += yield from child.count_visits()
        return total

    def count_visits(self):
        yield self.name
        n = 1
        for child in self.children:
            n += yield from child.count_visits()
        return n


tree = Node("корень",
            Node("документы", Node("отчёт.txt"), Node("смета.xlsx")),
            Node("фото", Node("лето", Node("море.jpg"))),
            Node("пусто"))

for depth, name in tree.walk():
    print("  " * depth + ("└ " if depth else "") + name)

gen = tree.count_visits()
visited = []
while True:
    try:
        visited.append(next(gen))
    except StopIteration as stop:
        print("узлов:", stop.value, "порядок:", " ".join(visited[:4]), "...")
        break


def sub(label):
    got = []
    while True:
        x = yield f"{label} ждёт"
        if x is None:
            return got
        got.append(x)


def main():
    first = yield from sub("первый")
    second = yield from sub("второй")
    return {"первый": first, "второй": second}


m = main()
print(next(m))
print(m.send("а"), m.send("б"))
print(m.send(None))
print(m.send("в"))
try:
    m.send(None)
except StopIteration as e:
    print("итог:", e.value)


def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  inner поймал", repr(e))
        yield "после ошибки"
    finally:
        print("  inner finally")


def outer():
    try:
        r = yield from inner()
        print("  inner вернул", r)
    finally:
        print("  outer finally")


o = outer()
print(next(o), o.throw(KeyError("к")))
o.close()


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, ("четыре", [5])]], [], "шесть"])))


def delegate_iterables():
    r = yield from ["список", "строк"]
    print("  yield from списка вернул", r)
    yield from "аб"
    yield from range(2)
    return (yield from (x * 2 for x in (1, 2)))


print(list(delegate_iterables()))
