# Параллельный подсчёт слов в текстах: ThreadPoolExecutor, Counter, сортировка кириллицы
import re
import string
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

ТЕКСТЫ = {
    "Пушкин": "Мороз и солнце; день чудесный! Ещё ты дремлешь, друг прелестный — пора, красавица, проснись.",
    "Лермонтов": "Белеет парус одинокой в тумане моря голубом!.. Что ищет он в стране далёкой? Что кинул он в краю родном?",
    "Тютчев": "Люблю грозу в начале мая, когда весенний, первый гром, как бы резвяся и играя, грохочет в небе голубом.",
    "Есенин": "Белая берёза под моим окном принакрылась снегом, точно серебром.",
}
СТОП = {"и", "в", "он", "ты", "под", "как", "бы", "что"}


def слова(текст: str) -> list[str]:
    return [с for с in re.findall(r"[а-яё]+", текст.lower()) if с not in СТОП]


def анализ(автор: str, текст: str) -> dict:
    сл = слова(текст)
    return {
        "автор": автор,
        "слов": len(сл),
        "уникальных": len(set(сл)),
        "самое_длинное": max(сл, key=lambda с: (len(с), с)),
        "частые": Counter(сл).most_common(2),
        "гласных": sum(ч in "аеёиоуыэюя" for ч in текст.lower()),
    }


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="анализ") as пул:
    будущие = {пул.submit(анализ, а, т): а for а, т in ТЕКСТЫ.items()}
    итоги = {будущие[б]: б.result() for б in as_completed(будущие)}

шапка = f"{'Автор':<10}│{'Слов':>5}│{'Уник.':>6}│{'Гласных':>8}│ {'Самое длинное':<15}"
print(шапка)
print("─" * len(шапка))
for автор in sorted(итоги):
    и = итоги[автор]
    print(f"{автор:<10}│{и['слов']:>5}│{и['уникальных']:>6}│{и['гласных']:>8}│ {и['самое_длинное']:<15}")

всего = Counter()
for и in итоги.values():
    всего.update(слова(ТЕКСТЫ[и["автор"]]))
print("Общие слова:", sorted(с for с, к in всего.items() if к > 1))
print("Первые по алфавиту:", sorted(всего)[:5])
print("Последние:", sorted(всего, reverse=True)[:3])
print("По длине:", sorted(всего, key=lambda с: (-len(с), с))[:3])
print("Заглавные:", [с.title() for с in sorted(всего)[:3]], "ёлка".upper(), "ЁЛКА".lower())
print("Буквы ё:", sum(т.count("ё") for т in ТЕКСТЫ.values()), "пунктуация:",
      sum(ч in string.punctuation for т in ТЕКСТЫ.values() for ч in т))
print(f"{'итого':*^20}", "%-8s|%5d" % ("слов", sum(и["слов"] for и in итоги.values())))
print(max(итоги.values(), key=lambda и: и["уникальных"])["автор"], [и["частые"][0] for _, и in sorted(итоги.items())])
