# "from __future__ import annotations" imports, and dict displays unpack
# mappings with ** (later keys win), as in merging a worker's settings.
from __future__ import annotations

import threading
from collections import OrderedDict

DEFAULTS = {"retries": 3, "timeout": 1.0, "name": "worker"}


def run(overrides: dict[str, object], out: list[dict]) -> None:
    config = {**DEFAULTS, **overrides, "thread": threading.current_thread().name}
    out.append(config)


results: list[dict] = []
ts = [threading.Thread(target=run, args=({"retries": i}, results), name=f"T{i}") for i in range(3)]
for t in ts:
    t.start()
    t.join()
for r in results:
    print(r)
print({**OrderedDict(b=1), "a": 2, **{"b": 3}}, {**{}}, {"x": 1, **{}})
try:
    print({**[1]})
except TypeError as e:
    print("TypeError:", e)
