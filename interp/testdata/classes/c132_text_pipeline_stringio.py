# Генераторный конвейер над русским текстом в io.StringIO, класс-итератор
import io
from collections import Counter

ТЕКСТ = """Мороз и солнце; день чудесный!
Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись:

Открой сомкнуты негой взоры
Навстречу северной Авроры,
Звездою севера явись!
"""


class Строки:
    """Итератор по непустым строкам файла с номерами."""

    def __init__(self, файл):
        self.файл = файл
        self.номер = 0

    def __iter__(self):
        return self

    def __next__(self):
        for строка in self.файл:
            self.номер += 1
            строка = строка.rstrip("\n")
            if строка.strip():
                return self.номер, строка
        raise StopIteration


def слова(строки):
    for номер, строка in строки:
        for слово in строка.split():
            чистое = слово.strip(".,;:!?—").lower()
            if чистое:
                yield номер, чистое


def длинные(пары, минимум):
    return ((н, с) for н, с in пары if len(с) >= минимум)


файл = io.StringIO(ТЕКСТ)
итератор = Строки(файл)
print(iter(итератор) is итератор)
конвейер = длинные(слова(итератор), 6)
первые = [next(конвейер) for _ in range(3)]
print(первые)
остальные = list(конвейер)
print(len(остальные), остальные[-2:])
print(итератор.номер, next(итератор, "конец"))

файл.seek(0)
частоты = Counter(буква for строка in файл for буква in строка.lower() if буква.isalpha())
print(частоты.most_common(5))
print(sum(частоты.values()), len(частоты), частоты["ё"], частоты["я"])

файл.seek(0)
print(файл.readline().upper(), end="")
print(repr(файл.read(10)), файл.tell() > 0)
выход = io.StringIO()
for н, строка in Строки(io.StringIO(ТЕКСТ)):
    print(f"{н:>2}: {строка[::-1]}", file=выход)
print(выход.getvalue().splitlines()[1])
print(len(выход.getvalue().splitlines()))


def по_строфам(текст):
    строфа = []
    for строка in текст.splitlines():
        if not строка:
            yield строфа
            строфа = []
        else:
            строфа.append(строка)
    if строфа:
        yield строфа


for i, с in enumerate(по_строфам(ТЕКСТ), 1):
    print(i, len(с), с[0].split()[0], max(с, key=len))
gen = (с.title() for с in ТЕКСТ.split() if "ё" in с)
print(list(gen), list(gen))
