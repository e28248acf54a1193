# super(C, cls) bound to a class: a function stays unbound, a
# classmethod binds to cls, a staticmethod is its function, a property
# is the property object.
class A:
    def hello(self):
        return f"A.hello({type(self).__name__})"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    @staticmethod
    def tool(x):
        return f"A.tool({x})"

    @property
    def size(self):
        return 1


class B(A):
    def hello(self):
        return "B.hello"

    @classmethod
    def make(cls):
        return "B>" + super().make()


class C(B):
    pass


c = C()
print(super(B, C).hello(c), super(B, C).make(), super(B, C).tool(3), type(super(B, C).size).__name__)
print(super(B, c).hello(), C.make(), super(C, C).make(), super(C, c).make())
try:
    super(B, C).hello()
except TypeError as e:
    print("TypeError:", e)
