# A failing f-string prints CPython's caret line: under the failing
# expression of a field, or under the whole literal when formatting a
# field fails (a bad spec, a nested spec, concatenated literals).
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


x, s, n = 1, "s", 3


def division():
    return f"{1/0}"


def attribute():
    return f"a {x.nope} b"


def bad_spec():
    return f"{s:d}"


def nested_spec():
    return f"{n:{n}.{n}}"


def concatenated():
    return "head " f"{s:d}" f" tail"


def escaped():
    return f"tab\t{s:d}\n"


def multiline():
    return f"""first
{s:d} last"""


def added():
    y = "a" + f"ё{s:d}"
    return y


for fn in (division, attribute, bad_spec, nested_spec, concatenated, escaped, multiline, added):
    show(fn)
