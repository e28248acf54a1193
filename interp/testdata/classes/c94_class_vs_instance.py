class Животное:
    реестр = {}
    звук = "..."
    ноги = 4
    счётчик = 0

    def __init_subclass__(cls, /, вид=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.вид = вид or cls.__name__.lower()
        Животное.реестр[cls.вид] = cls

    def __init__(self, имя):
        self.имя = имя
        type(self).счётчик += 1

    @property
    def описание(self):
        return f"{self.имя} ({self.вид}), ног: {self.ноги}"

    def голос(self):
        return f"{self.имя}: {self.звук}"


class Кошка(Животное, вид="кошка"):
    звук = "мяу"


class Птица(Животное, вид="птица"):
    звук = "чик"
    ноги = 2

    @property
    def описание(self):
        return super().описание + ", летает"


class Пингвин(Птица):
    @property
    def описание(self):
        base = Птица.описание.fget(self)
        return base.replace("летает", "не летает")


print(sorted(Животное.реестр))
животные = [Кошка("Мурка"), Кошка("Барсик"), Птица("Кеша"), Пингвин("Пингу")]
for a in животные:
    print(a.описание, "|", a.голос())
print(Животное.счётчик, Кошка.счётчик, Птица.счётчик, Пингвин.счётчик)
print("счётчик" in vars(Кошка), "счётчик" in vars(Животное))

m = животные[0]
m.звук = "мур"
print(m.голос(), животные[1].голос(), Кошка.звук)
del m.звук
print(m.голос())
try:
    del m.звук
except AttributeError as e:
    print("AttributeError:", e)

Кошка.ноги = 3
print(животные[1].описание)
del Кошка.ноги
print(животные[1].описание)

try:
    m.описание = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Список:
    элементы = []

    def добавить(self, x):
        self.элементы.append(x)


a, b = Список(), Список()
a.добавить(1)
b.добавить(2)
print(a.элементы, b.элементы, a.элементы is Список.элементы)
a.элементы = ["свой"]
print(a.элементы, b.элементы, Список.элементы)
print(sorted(vars(a)), sorted(k for k in vars(Список) if not k.startswith("__")))


class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Child(Base):
    pass


try:
    class Bad(Base, цвет="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(Кошка, лишний=1):
        pass
except TypeError as e:
    print("TypeError:", e)
