# copy and deepcopy rebuild an object from its class's own __reduce_ex__ or
# __reduce__: args, state, listitems, dictitems; a str keeps the object.
import copy


class Стек:
    def __init__(self, имя):
        self.имя = имя
        self.элементы = []

    def append(self, x):
        self.элементы.append(x)

    def __reduce__(self):
        print("  __reduce__")
        return (Стек, (self.имя,), {"метка": "копия"}, iter(self.элементы))

    def __repr__(self):
        return f"Стек({self.имя!r}, {self.элементы}, {getattr(self, 'метка', '-')})"


с = Стек("s")
с.append([1])
с.append(2)
к = copy.copy(с)
г = copy.deepcopy(с)
print(к, г, к.элементы[0] is с.элементы[0], г.элементы[0] is с.элементы[0])


class Реестр(dict):
    def __reduce_ex__(self, протокол):
        print("  __reduce_ex__", протокол)
        return (Реестр, (), None, None, iter(self.items()))


р = Реестр(a=[1])
р2 = copy.deepcopy(р)
print(р2, type(р2).__name__, р2["a"] is р["a"])


class Синглтон:
    def __reduce__(self):
        return "ЕДИНСТВЕННЫЙ"


ЕДИНСТВЕННЫЙ = Синглтон()
print(copy.copy(ЕДИНСТВЕННЫЙ) is ЕДИНСТВЕННЫЙ, copy.deepcopy([ЕДИНСТВЕННЫЙ])[0] is ЕДИНСТВЕННЫЙ)


class Цикл:
    def __init__(self):
        self.я = self

    def __reduce__(self):
        return (Цикл.__new__, (Цикл,), self.__dict__)


ц = copy.deepcopy(Цикл())
print(ц.я is ц)


class Плохой:
    def __reduce__(self):
        return 42


try:
    copy.copy(Плохой())
except TypeError as e:
    print("TypeError")
