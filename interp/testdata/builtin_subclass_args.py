# An instance of a subclass of str, bytes, int, list, dict or tuple is
# taken where a builtin or a module function expects the base type.
import json
import os
import re


class S(str):
    pass


class B(bytes):
    pass


class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class Box:
    size = 3


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


show("replace", lambda: "abc".replace(S("b"), S("x")))
show("re.sub", lambda: re.sub(S("a"), S("b"), S("aa")))
show("re.split", lambda: re.split(S(","), S("a,b")))
show("re.match", lambda: re.match(S("a+"), S("aab")).group())
show("re.compile.sub", lambda: re.compile(S("x")).sub(S("y"), S("axb")))
show("re.sub callable", lambda: re.sub("a", lambda m: S("Z"), "banana"))
show("path.join", lambda: os.path.join(S("a"), S("b"), "c"))
show("path.basename", lambda: os.path.basename(S("/a/b.txt")))
show("path.splitext", lambda: os.path.splitext(S("/a/b.txt")))
show("str.join", lambda: ",".join([S("a"), S("b")]))
show("startswith", lambda: str.startswith(S("abc"), S("a")))
show("int", lambda: int(S("12")) + int(S("ff"), I(16)))
show("float", lambda: float(S("1.5")))
show("ord", lambda: ord(S("é")))
show("chr", lambda: chr(I(1046)))
show("round", lambda: round(1.2345, I(2)))
show("hex", lambda: hex(I(255)))
show("getattr", lambda: getattr(Box(), S("size")))
show("hasattr", lambda: hasattr(Box(), S("size")))
show("setattr", lambda: setattr(Box, S("size"), I(4)) or Box.size)
show("percent", lambda: "%s-%d" % (S("a"), I(3)))
show("format", lambda: "{}:{}".format(S("Жук"), I(7)))
show("json", lambda: json.dumps({S("k"): L([I(1), S("ж")])}, ensure_ascii=False))
show("range", lambda: list(range(I(3))))
show("sorted", lambda: sorted(L([3, 1, 2])))
show("dict", lambda: dict(D(a=1)))
show("tuple", lambda: tuple(T((1, 2))))
show("isinstance", lambda: isinstance(S("a"), str))
show("mul", lambda: "ab" * I(2))
show("strip", lambda: "xax".strip(S("x")))
show("encode", lambda: "x".encode(S("utf-8")))
show("split", lambda: "a,b".split(S(",")))
show("bytes decode", lambda: B(b"\xd0\xb6").decode(S("utf-8")))
