# json: dumps (indent, sort_keys, ensure_ascii, separators, default) and
# loads, with CPython's JSONDecodeError messages.
import json
import threading

results = {}
lock = threading.Lock()

def fetch(user_id):
    payload = json.dumps({"id": user_id, "name": f"user{user_id}", "tags": ["a", "b"], "active": user_id % 2 == 0, "score": user_id * 1.5, "extra": None})
    data = json.loads(payload)
    with lock:
        results[user_id] = data

ts = [threading.Thread(target=fetch, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(json.dumps(results, indent=2, sort_keys=True))
print(json.dumps({"город": "Москва", "n": [1, 2.0, 1e20, -0.5]}), json.dumps({"город": "Москва"}, ensure_ascii=False))
print(json.dumps([1, [2, []], {}], indent=4), json.dumps((1, "x\n\"q\"\t"), separators=(",", ":")))
print(json.dumps({1: "a", False: "b", None: 3, 2.5: 4}), json.dumps("😀"), json.dumps([]), json.dumps({}, indent=2))
print(json.loads('{"a": [1, 2.5, true, false, null], "b": {"c": "\\u041c\\u0438\\u0440 \\ud83d\\ude00"}, "d": -12e-1, "e": 12345678901234567890}'))
for bad in ['{"a" 1}', '[1, 2', '', '{"a": 1} x', "{'a': 1}", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
