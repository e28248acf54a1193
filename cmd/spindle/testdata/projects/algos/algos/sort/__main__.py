"""python3 -m algos.sort: compare the sorts on a few inputs."""
import random

from . import MODULES, SORTS
from ..util import Counter, natural_key

rng = random.Random(7)
inputs = {
    "sorted": list(range(20)),
    "reversed": list(range(20, 0, -1)),
    "shuffled": rng.sample(range(100), 20),
}
print(f"{'input':<10}" + "".join(f"{name:>11}" for name in SORTS))
for label, data in inputs.items():
    row = f"{label:<10}"
    for name, fn in SORTS.items():
        c = Counter()
        assert fn(data, counter=c) == sorted(data)
        row += f"{c.count:>11}"
    print(row)
files = ["file10.txt", "File2.txt", "file1.txt", "файл3.txt"]
print(SORTS["merge"](files, key=natural_key))
print("modules:", MODULES)
