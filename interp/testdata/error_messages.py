# the messages of common mistakes, as CPython words them
cases = [
    lambda: "abc"[10],
    lambda: [1][5],
    lambda: (1,)[3],
    lambda: {"k": 1}["missing"],
    lambda: (lambda n: n())(5),
    lambda: None.foo,
    lambda: "x".foo,
    lambda: -"a",
    lambda: 1 < "a",
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 7 // 0,
    lambda: 7 % 0,
    lambda: int("x"),
    lambda: float("y"),
    lambda: [1, 2].index(5),
    lambda: len(5),
    lambda: {[1]: 2},
    lambda: undefined_thing,
]


def unpack_many():
    a, b = [1, 2, 3]


def unpack_few():
    a, b, c = [1, 2]


def item_assign():
    s = "x"
    s[0] = "y"


def call_missing(a, b):
    pass


for fn in cases + [unpack_many, unpack_few, item_assign, lambda: call_missing(1), lambda: call_missing(1, 2, 3), lambda: call_missing(1, c=2)]:
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
