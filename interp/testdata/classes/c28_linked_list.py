# Связный список: __iter__, __len__, __getitem__ (с отрицательными и срезами), __setitem__, __delitem__, __reversed__, __eq__, __add__
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def _node(self, i):
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("индекс списка вне диапазона")
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur

    def __len__(self):
        return self._size

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node(i).value

    def __setitem__(self, i, value):
        self._node(i).value = value

    def __delitem__(self, i):
        if i < 0:
            i += self._size
        if i == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node(i - 1)
            if prev.next is None:
                raise IndexError("индекс списка вне диапазона")
            prev.next = prev.next.next
        self._size -= 1

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> ∅"


ll = LinkedList(["пн", "вт", "ср"])
ll.append("чт")
ll.push_front("вс")
print(ll, len(ll), repr(ll))
print(ll[0], ll[-1], ll[1:3], ll[::2], list(reversed(ll)), "ср" in ll, "пт" in ll)
ll[1] = ll[1].upper()
del ll[0]
del ll[-1]
print(ll, len(ll), ll == LinkedList(["ПН", "вт", "ср"]), ll == ["ПН", "вт", "ср"])
print(ll + LinkedList(["x"]), ll + ["y", "z"], sorted(ll), max(ll, key=len), list(enumerate(ll)))
for bad in (10, -10):
    try:
        ll[bad]
    except IndexError as e:
        print("IndexError:", e)
empty = LinkedList()
print(bool(empty), len(empty), list(empty), str(empty), empty == LinkedList([]))
a, b, *rest = LinkedList(range(5))
print(a, b, rest, sum(LinkedList(range(10))), dict(zip(LinkedList("абв"), LinkedList([1, 2, 3]))))
