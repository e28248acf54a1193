# A subclass of a builtin data type (tuple, list, int...) whose classes
# all declare __slots__ has no __dict__: the builtin type has none.
class Pair(tuple):
    __slots__ = ()


class Stack(list):
    __slots__ = ('name',)


class Loose(list):
    pass


class Sub(Pair):
    pass


for obj, attr in ((Pair((1, 2)), 'z'), (Stack(), 'size'), (Stack(), 'name'), (Loose(), 'x'), (Sub((3,)), 'y')):
    try:
        setattr(obj, attr, 1)
        print(type(obj).__name__, attr, 'set:', getattr(obj, attr), hasattr(obj, '__dict__'))
    except AttributeError as exc:
        print(type(obj).__name__, attr, 'AttributeError:', exc)
