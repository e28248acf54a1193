# json.loads: whitespace, numbers, escapes, duplicate keys, and the
# JSONDecodeError fields (msg, pos, lineno, colno).
import json

for s in ['  {"a" : [1, -2, 3.5, 1e3, -1E-2, 0]}  ', '"\\u00e9\\n\\t\\/\\\\\\""', '[]', '{}',
          '[true, false, null]', '{"a": 1, "a": 2}', '12345678901234567890123', '-0', '-0.0',
          '"\\ud83d\\ude00"', '\n[\n1\n]\n', '"Привет"', 'NaN', '[Infinity, -Infinity]', '1.5e400']:
    v = json.loads(s)
    print(type(v).__name__, repr(v))

print(json.loads(b'{"bytes": [1]}'))

for bad in ['{"a": 1,}', '[1,]', '{"a"}', '{1: 2}', '[1 2]', 'tru', 'nul', '01', '-01', '1.', '1e', '1e+', '2E-', '-',
            '"\\x"', '"\\u12"', '"a\nb"', '[', ']', '   ', '{"a": 1}\n\n  x',
            '{"a": [1, {"b": }]}']:
    try:
        json.loads(bad)
        print("no error for", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
