# Наследование от list: стек с проверками, __repr__, срезы возвращают list, super() к методам списка
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("стек пуст")
        return self[-1]

    def pop(self, *args):
        if not self:
            raise IndexError("снимать нечего")
        return super().pop(*args)

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack()
s.push("один").push("два").push("три")
print(s, len(s), isinstance(s, list))
print("вершина:", s.peek())
print("снято:", s.pop())
print("снято с низа:", s.pop(0))
print(s)
print(type(s[:]).__name__, s[:])
print(type(s + ["x"]).__name__)
s.extend(["а", "б"])
print(s, s.index("а"), s.count("б"))
while s:
    s.pop()
try:
    s.peek()
except IndexError as e:
    print("ошибка:", e)
try:
    s.pop()
except IndexError as e:
    print("ошибка:", e)


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def append(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

    def __contains__(self, item):
        print(f"  поиск {item!r}")
        return super().__contains__(item)


sl = SortedList([5, 1, 4])
for x in (3, 0, 9, 4):
    sl.append(x)
print(sl)
print(4 in sl, 7 in sl)
print(list(sl) == [0, 1, 3, 4, 4, 5, 9])
print(sorted(sl, reverse=True))
sl2 = SortedList("ёжик")
print(sl2, "".join(sl2))


class History(list):
    limit = 3

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]


h = History()
for cmd in ["ls", "cd", "pwd", "echo", "exit"]:
    h.append(cmd)
    print(len(h), h)
h += ["x", "y"]
print("после +=", h, type(h).__name__)
print(list(reversed(h)), h * 2 == list(h) * 2)
