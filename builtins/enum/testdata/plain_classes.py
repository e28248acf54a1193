# ordinary classes and instances are still not containers, now that
# enum classes iterate, index and call through the metaclass hook


class A:
    pass


class B:
    pass


tests = [lambda: list(A), lambda: dict(A), lambda: len(A), lambda: 1 in A, lambda: A[0],
         lambda: sorted(A), lambda: tuple(A), lambda: [x for x in A], lambda: list(B()), lambda: A in [A]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in A:
        print(x)
except TypeError as e:
    print("TypeError:", e)
print(A(), B) if False else print(type(A()).__name__, A.__name__)
