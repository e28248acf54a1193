from collections import Counter, defaultdict
from itertools import groupby, accumulate
import re

ТЕКСТ = """Мороз и солнце; день чудесный!
Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись:
Открой сомкнуты негой взоры
Навстречу северной Авроры,
Звездою севера явись!
Вечор, ты помнишь, вьюга злилась,
На мутном небе мгла носилась;
Луна, как бледное пятно,
Сквозь тучи мрачные желтела,
И ты печальная сидела —
А нынче... погляди в окно."""


class Текст:
    ГЛАСНЫЕ = set("аеёиоуыэюя")

    def __init__(self, текст):
        self.текст = текст
        self.слова = re.findall(r"[а-яё]+", текст.casefold())

    def __len__(self):
        return len(self.слова)

    def __contains__(self, слово):
        return слово.casefold() in self.слова

    def __iter__(self):
        return iter(self.слова)

    def частоты(self, n=5):
        return Counter(self).most_common(n)

    def по_буквам(self):
        группы = defaultdict(list)
        for буква, слова in groupby(sorted(set(self)), key=lambda s: s[0]):
            группы[буква].extend(слова)
        return dict(группы)

    def слоги(self, слово):
        return sum(1 for ч in слово if ч in self.ГЛАСНЫЕ)

    def __repr__(self):
        return f"Текст({len(self)} слов, {len(set(self))} разных)"


т = Текст(ТЕКСТ)
print(т, "мороз" in т, "МОРОЗ" in т, "жара" in т)
print(т.частоты(3))
буквы = т.по_буквам()
for б in sorted(буквы)[:6]:
    print(f"{б.upper():>2} | {len(буквы[б]):>2} | {', '.join(буквы[б])}")
длины = Counter(len(s) for s in т)
print(sorted(длины.items()))
print(f"{'слово':<12}|{'слогов':>7}|{'длина':^7}|")
print("-" * 12 + "+" + "-" * 7 + "+" + "-" * 7 + "+")
for с in sorted(set(т), key=lambda s: (-len(s), s))[:5]:
    print(f"{с:<12}|{т.слоги(с):>7}|{len(с):^7}|")
строки = ТЕКСТ.splitlines()
print(list(accumulate(len(s) for s in строки))[-3:], max(строки, key=len))
print([s[-1] for s in строки if not s[-1].isalpha()])
print(ТЕКСТ.count("ты"), ТЕКСТ.find("Луна"), ТЕКСТ.title()[:20])
print("ё" in ТЕКСТ, ord("ё"), chr(1025), "\u0435\u0308" == "ё", len("Ещё"))
print(repr("Мороз\tи\n«солнце»"), ascii("Ёж"), "ёЁ".upper(), "ß".casefold(), "Straße".upper())
print(sorted(["ёж", "еж", "Ель", "ель", "яма", "Ясно"]), sorted(["ёж", "еж", "жук"], key=lambda s: s.replace("ё", "е")))
print("—".join(w.capitalize() for w in ["день", "чудесный"]), "день чудесный".center(21, "*"), f"{'Мгла':*^10}")
