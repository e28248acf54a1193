# json.load and json.dump: loads and dumps on file objects, their
# keyword arguments, and the errors of missing or extra arguments.
import io
import json
buf = io.StringIO()
print(json.dump({"б": [1, 2.5, None]}, buf, ensure_ascii=False, indent=2, sort_keys=True))
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"a": 1.5}'), parse_float=str))
for bad in [lambda: json.load(io.StringIO(), 2), lambda: json.load(), lambda: json.dump(1), lambda: json.dump(), lambda: json.load(1), lambda: json.dump(1, 2), lambda: json.load(io.StringIO("[1,"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
