# Протокол итерации: классы только с __getitem__, __iter__ с ошибкой, iter(callable, sentinel), StopIteration
class Alphabet:
    letters = "абвгд"

    def __getitem__(self, i):
        print(f"  __getitem__({i})", end="")
        return self.letters[i]


print(list(Alphabet()))
print("в" in Alphabet())
print()
it = iter(Alphabet())
print(next(it), next(it), type(it).__name__)
print()


class Broken:
    def __iter__(self):
        raise RuntimeError("источник недоступен")


class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return 42


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for obj in (Broken(), NotIter(), BadIter(), 5, None):
    try:
        for x in obj:
            pass
    except (RuntimeError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    a, b = NotIter()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Alphabet())
except TypeError as e:
    print("TypeError:", e)

c = Countdown(3)
print(list(c), list(c), iter(c) is c)
c = Countdown(5)
print(next(c), [x for x in c if x % 2], next(c, "пусто"))

lines = iter(["первая", "вторая", "", "после пустой"])
print(list(iter(lambda: next(lines), "")), next(lines))
counter = iter(range(10).__iter__().__next__, 4)
print(list(counter))


def gen():
    yield 1
    raise StopIteration("внутри")


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| причина:", repr(e.__cause__))


def first_word(words):
    for w in words:
        if w.isalpha():
            return w
    raise LookupError("нет слов")


print(first_word(iter(["12", "ёж", "уж"])), next(filter(str.isupper, "абВг")))
print(list(zip("аб", [1, 2, 3])), list(enumerate("эюя", start=1)))
try:
    list(zip("аб", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("абв", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(Alphabet.letters)), sorted(Countdown(4)), max(Countdown(3)), dict(zip(Alphabet.letters, Countdown(5))))
m = map(str.upper, Alphabet.letters)
print(next(m), list(m), list(m))
print(*Countdown(3), sep=" → ")
print(any(x > 2 for x in Countdown(4)), all(Countdown(0)), "".join(Alphabet()))
