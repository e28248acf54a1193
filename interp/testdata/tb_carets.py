import traceback, sys, logging
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s")
def f(x):
    return 1 / x
def g(x):
    return x
class O:
    def method(self, n):
        return n / 0
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def c1():
    result = f(0)
show(c1)
def c2():
    int("x")
show(c2)
def c3():
    d = {}
    v = d["missing"]
show(c3)
def c4():
    o = O()
    return o.missing
show(c4)
def c5():
    raise ValueError("x")
show(c5)
def c6():
    return g(f(0))
show(c6)
def c7():
    o = O()
    y = o.method(1) + 2
show(c7)
def c8():
    x = (f(0)
         + 1)
show(c8)
def c9():
    x = f(
        0)
show(c9)
def c11():
    return 2 ** "a"
show(c11)
def c12():
    return "%d" % "a"
show(c12)
def c13():
    return (1) / (0)
show(c13)
def c14():
    return 1 < "a"
show(c14)
def c15():
    x = 1
    x /= 0
show(c15)
def c16():
    return -"a"
show(c16)
def c17():
    return [1][1:2:0]
show(c17)
def c18():
    assert 1 == 2, "no"
show(c18)
def c19():
    x = [1, 2, 3]
    return x[10]
show(c19)
def c20():
    return {}["a"]["b"]
show(c20)
def c22():
    return 1 + f(0)
show(c22)
def c23():
    f(0)
show(c23)
def c24():
    return len(5)
show(c24)
def c25():
    s = "é" ; return s + 1
show(c25)
def c26():
    o = O()
    o.method(1)
show(c26)
def c27():
    return undefined_name + 1
show(c27)
def s1():
    x = [1, 2, 3]
    return x[1:2:0]
show(s1)
def s2():
    n = None
    return n[:]
show(s2)
def s3():
    n = None
    return n[1:]
show(s3)
def n1():
    print(missing_name)
show(n1)
def n2():
    y = missing_name
show(n2)
def n3():
    x = 1 if missing_name else 2
show(n3)
def u1():
    y = zz + 1
    zz = 2
show(u1)
def a1():
    x = 3
    assert x == 2
show(a1)
def a2():
    assert False
show(a2)
def m1():
    return "abc".upper().missing()
show(m1)
def m2():
    d = {"a": {"b": 1}}
    return d["a"]["c"]
show(m2)
def m3():
    return [1, 2][5] + 1
show(m3)
def m4():
    return (1 +
            "a")
show(m4)
def m5():
    return len([1,
                2]) / 0
show(m5)
def m6():
	return 1 / 0
show(m6)
def m7():
    x = {"k": 1}
    return x["k"] / 0 if True else 0
show(m7)
def m8():
    s = "abc"
    return s[10]
show(m8)
def m9():
    return int("x") + int("y")
show(m9)
def m10():
    return  1   //   0   # comment
show(m10)
def m11():
    x = 5
    x[0] = 1
show(m11)
def m12():
    return "%s %s" % (1,)
show(m12)
def lg():
    try:
        {}["z"]
    except KeyError:
        logging.exception("boom")
lg()
def e1():
    x = 0
    return f"value {1/x}"
show(e1)
def e2():
    for x in 5:
        pass
show(e2)
def e4():
    if 1 < "a":
        pass
show(e4)
def e5():
    x = [1][0][0]
show(e5)
def e6():
    print(1/0)
show(e6)
def e8():
    s = "x"
    return s.missing.other
show(e8)
def e11():
    x = {"a": 1}
    return x["a"]["b"]
show(e11)
def e13():
    while 1/0:
        pass
show(e13)
def e15():
    return max([])
show(e15)
def e16():
    return sorted([1, "a"])
show(e16)
def e17():
    x = "é" + 1 if True else 0
show(e17)
def e18():
    s = "héllo"
    return s[10]
show(e18)
def e20():
    return not_defined()
show(e20)
def e21():
    return -(-"a")
show(e21)
def e22():
    return [1, 2, 3][1:"a"]
show(e22)
def e23():
    x = 2
    return x ** -1 ** "a"
show(e23)
def e24():
    return "abc" * "d"
show(e24)
class K:
    def __init__(self):
        self.v = 1 / 0
def e25():
    return K()
show(e25)
