# An assignment expression in a lambda binds in the lambda's own scope;
# a traceback shows the lambda's frame once. assert of a list display is
# an assert statement.
h = lambda a, n: (y := a * 2) + y + n
print(h(1, 2))
k = lambda xs: [y := x for x in xs] and y
print(k([1, 2, 3]))
inc = lambda a: (a := a + 1) * a
print(inc(3))


class C:
    f = staticmethod(lambda s: (m := s.upper()) + m.lower())


print(C.f("Мир"))


def outer():
    t = 5
    return lambda: (u := t + 1) + t + u


print(outer()())
print(list(map(lambda s: (w := s.strip()) and w.title(), ["  привет мир ", " "])))
print(sorted(["бб", "а", "ввв"], key=lambda s: (n := len(s), -n)))
try:
    assert [v for v in []], "пустой список"
except AssertionError as e:
    print("AssertionError:", e)
assert [0]
g = lambda a: (y := 1 / a) + y
print(g(2))
g(0)
