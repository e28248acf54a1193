# Стек и очередь: __len__, __bool__, __getitem__, __contains__, __iter__, __reversed__
class Stack:
    def __init__(self, items=None):
        self._items = list(items or [])

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop из пустого стека")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Stack(self._items[index])
        return self._items[index]

    def __contains__(self, item):
        print(f"  (проверка {item!r})")
        return item in self._items

    def __iter__(self):
        return reversed(self._items)

    def __reversed__(self):
        return iter(self._items)

    def __repr__(self):
        return f"Stack({self._items!r})"

    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items


class Seq:
    """Только __getitem__: итерация по старому протоколу."""

    def __init__(self, word):
        self.word = word

    def __getitem__(self, i):
        return self.word[i].upper()

    def __len__(self):
        return len(self.word)


s = Stack(["а", "б"])
s.push("в")
s.push("г")
print(s, len(s), bool(s), s.peek(), s[0], s[-1], s[1:3])
print(list(s), list(reversed(s)), "в" in s, "я" not in s)
print([x * 2 for x in s], "".join(s), sorted(s), max(s))
while s:
    print("pop:", s.pop(), end="; ")
print()
print(bool(s), len(s), s.peek(), s == Stack(), s == [])
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
if not s:
    print("стек пуст")

q = Seq("привет")
print(list(q), "П" in q, "п" in q, len(q), q[1:3])
for i, ch in enumerate(q):
    if i > 2:
        break
    print(i, ch)
print(list(zip(Seq("абв"), Stack([1, 2, 3]))))
print(dict(enumerate(Seq("юя"))), tuple(Seq("ёж")))
it = iter(Stack([1, 2]))
print(next(it), next(it), next(it, "конец"))
print(any(Seq("")), all(Stack()), sum(Stack([1, 2, 3])))
try:
    Stack()[5]
except IndexError as e:
    print("IndexError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a, *rest = Stack("xyz")
print(a, rest)
print(min(Stack([3, 1, 2])), list(map(str.upper, Stack(["ы", "э"]))))
