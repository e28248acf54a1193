# Обработка русского текста: срезы, split/join, методы str, выравнивание
from collections import Counter

text = """Мороз и солнце; день чудесный!
Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись:
Открой сомкнуты негой взоры
Навстречу северной Авроры,
Звездою севера явись!"""


class TextStats:
    VOWELS = set("аеёиоуыэюя")
    PUNCT = ",.;:!?—"

    def __init__(self, text):
        self.text = text
        self.lines = text.splitlines()

    @property
    def words(self):
        cleaned = self.text.lower()
        for p in self.PUNCT:
            cleaned = cleaned.replace(p, " ")
        return cleaned.split()

    def letters(self):
        return Counter(ch for ch in self.text.lower() if ch.isalpha())

    def vowel_ratio(self):
        letters = self.letters()
        total = sum(letters.values())
        vowels = sum(n for ch, n in letters.items() if ch in self.VOWELS)
        return vowels / total

    def __len__(self):
        return len(self.text)

    def __repr__(self):
        return f"TextStats({len(self.lines)} строк, {len(self.words)} слов)"


ts = TextStats(text)
print(ts, len(ts), len(text.encode("utf-8")))
print(ts.words[:6])
print(sorted(set(ts.words))[:8])
print(ts.letters().most_common(5))
print(f"гласные: {ts.vowel_ratio():.3f}")
for i, line in enumerate(ts.lines, 1):
    print(f"{i:>2}. {line:<32}|{len(line):>3}|{line[:5]!r:>9}|{line[-6:]}")
print(text[0], text[-1], text[7:12], text[::-1][:10])
print("солнце" in text, text.find("день"), text.count("ре"), text.index("Ещё"))
print(text.upper()[:14], text.title()[:20], "ПРИВЕТ".lower(), "ёЖиК".swapcase())
print("мир".center(11, "*"), "мир".ljust(6, "."), "мир".rjust(6, "_"), "7".zfill(4))
print(" пробелы ".strip(), "--текст--".strip("-"), "абв".startswith("аб"), "абв".endswith(("г", "в")))
print("один,два,,три".split(","), "а б  в".split(), "а-б-в".rsplit("-", 1), "ключ=значение".partition("="))
print("|".join(["Москва", "Казань", "Омск"]), "  ".join("ёлка"))
print(sorted(["яблоко", "арбуз", "ёжик", "Банан", "вишня", "ель"]))
print(sorted(["яблоко", "арбуз", "ёжик", "Банан", "вишня", "ель"], key=str.lower))
alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
order = {ch: i for i, ch in enumerate(alphabet)}
print(sorted(["ёжик", "ель", "еда", "жук"], key=lambda w: [order[c] for c in w]))
print([ord(c) for c in "аяё"], chr(1046), "Ж".isupper(), "ж".isalpha(), "٣".isdigit(), "12".isdecimal())
print("Привет, {}! У тебя {:d} сообщений".format("Оля", 5), "%-8s|%5.1f" % ("цена", 9.5))
word = "программирование"
print(word[3:8], word[-4:], word[::2], word.replace("м", "М", 1), len(word))
print({w: len(w) for w in ts.words if len(w) > 8})
print(f"{'Имя':<8}{'Город':^10}{'Балл':>6}")
for name, city, score in [("Аня", "Тверь", 91.5), ("Вячеслав", "Сочи", 78.25)]:
    print(f"{name:<8}{city:^10}{score:>6.1f}")
print(repr("строка с 'кавычками' и \"двойными\""), ascii("ёж"), "ё".encode(), "тест".encode("cp1251"))
print("Ёлка".casefold() == "ёЛКА".casefold(), "straße".upper(), "ǅ".lower(), "ß".casefold())
print(str.maketrans("аб", "ab"), "абба".translate(str.maketrans("аб", "ab")))
