import re
from collections import Counter

WORD = re.compile(r"\w+")


def word_counts(text):
    return Counter(w.lower() for w in WORD.findall(text))


def top_words(text, n=3):
    return sorted(word_counts(text).items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()
