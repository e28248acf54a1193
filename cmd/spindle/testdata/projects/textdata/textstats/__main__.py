import os
import sys

from . import DATA_DIR
from .counts import read, word_counts, top_words

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA_DIR, "poem.txt")
text = read(path)
print("lines:", len(text.splitlines()))
print("words:", sum(word_counts(text).values()))
for word, n in top_words(text, 4):
    print(f"{word:>12} {n}")
print("data dir is beside the package:", os.path.basename(DATA_DIR), os.path.isdir(DATA_DIR))
