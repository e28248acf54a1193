# eval: expressions, namespaces, builtins restriction, code objects.
print(eval("2 + 3 * 4"))
print(eval("  1 + 1"))
print(eval(b"10 // 3"))
print(eval("'héllo' + ' мир'"))
x = 5
print(eval("x * 2"))
print(eval("x", {"x": 1}))
print(eval("x + y", {"x": 1}, {"y": 2}))
print(eval("[i * x for i in range(3)]"))
print(eval("(lambda a: a + x)(1)"))
print(eval("{'k': x, **{'j': 2}}"))


def calc(expr):
    allowed = {"abs": abs, "round": round, "pi": 3.14159, "max": max}
    return eval(expr, {"__builtins__": {}}, allowed)


for e in ["abs(-3) + 2", "round(pi, 2)", "max(1, 7, 3)", "2 ** 10"]:
    print(e, "=", calc(e))
for bad in ["open('x')", "__import__('os')", "len([1])"]:
    try:
        calc(bad)
    except NameError as err:
        print("blocked:", err)


def inner(a, b=2):
    c = a + b
    return eval("a * 100 + b * 10 + c + x")


print(inner(1))
g = {"n": 3}
print(eval("n * n", g))
print(sorted(g))
print(type(g["__builtins__"]).__name__)
code = compile("x + 1", "<calc>", "eval")
print(type(code).__name__, code.co_filename)
print(eval(code), eval(code, {"x": 100}))
print(eval(compile("y = 1", "<s>", "exec")))
print(eval("x", {"x": 1}, {"x": 2}))
print(eval("None"), eval("True and False"))
print(eval("f'{x:>4}|'"))
