# A user class deriving from list, dict, str and int: before subclasses of
# the builtin types were supported, s.push(3) overflowed the host's Go
# stack (list.append called on the instance looked itself up forever) and
# D(a=1) raised "D() takes no arguments".
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(3)
s.push("четыре")
print(s, len(s), s.peek(), s.pop(), s)


class D(dict):
    pass


d = D(a=1)
print(d, d["a"], type(d).__name__)


class S(str):
    pass


print(S("привет").upper(), len(S("привет")))


class Cnt(int):
    pass


print(Cnt(41) + 1)
