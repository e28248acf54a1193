# json.dumps: scalars, nesting, the keyword options and the key types
# it accepts; json.loads of what dumps wrote gives the value back.
import json

values = [None, True, False, 0, -7, 12345678901234567890, 1.5, -0.0, 1e100, 3.0,
          "", "plain", "quote\" back\\slash", "tab\tnl\n\x01\x1f", "Привет", "😀",
          [], {}, [1, [2, [3]]], (1, 2), {"b": 1, "a": [None, {"c": True}]}]
for v in values:
    s = json.dumps(v)
    print(s, json.loads(s) == (list(v) if isinstance(v, tuple) else v))

doc = {"name": "Анна", "scores": [91.5, 78], "meta": {"z": None, "a": []}, "ok": True}
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, {"a": 2}], separators=(" , ", " : ")))
print(json.dumps({3: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True, indent=1))
print(json.dumps([float("inf"), float("-inf")]), json.dumps(float("nan")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("can't encode " + type(o).__name__)


print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode, sort_keys=True))
try:
    json.dumps([Point(1, 2), object()], default=encode)
except TypeError as e:
    print("TypeError:", e)
