# json.JSONDecodeError built by a script: message, args and attributes,
# as a ValueError; and raised, caught and compared with loads's own.
import json

e = json.JSONDecodeError("Expecting value", "ab\ncd", 4)
print(e)
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args)
print(isinstance(e, ValueError), type(e).__name__, repr(e))
first = json.JSONDecodeError(msg="Bad", doc="xyz", pos=0)
print(first, first.lineno, first.colno)
cyr = json.JSONDecodeError("Плохо", "при\nвет", 5)
print(cyr, cyr.colno)
end = json.JSONDecodeError("End", "a\n", 2)
print(end, end.lineno, end.colno)

try:
    raise json.JSONDecodeError("Custom", '{"a": }', 6)
except ValueError as err:
    print("caught", err.msg, err.pos)

try:
    json.loads('{"a": }')
except json.JSONDecodeError as err:
    mine = json.JSONDecodeError(err.msg, err.doc, err.pos)
    print(str(mine) == str(err), mine.lineno == err.lineno, mine.colno == err.colno)

for args in [(), ("m",), ("m", "d"), ("m", "d", 1, 2)]:
    try:
        json.JSONDecodeError(*args)
    except TypeError as err:
        print(err)
