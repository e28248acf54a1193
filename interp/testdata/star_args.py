# positional arguments after *args, and several *args in one call
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))


first = [1, 2]
second = (3, 4)
show(*first, 5)
show(*first, *second)
show(0, *first, 5, 6, *second, 7)
show(*first, 5, sep="-")
show(*first, 5, **{"end": "!"})
show("x", *first, "y", *"ab", k=1, **{"z": 2})
show(*range(3), *{"k": 1}, *[], *())
print(*first, "end")
print(*first, "end", sep=", ")
print("start", *second, *first, sep="|")


def add(a, b, c=0, *rest):
    return a + b + c + sum(rest)


print(add(*[1], 2))
print(add(*[1], 2, *[3, 4], 5))
print(max(*first, 0, *second))


class Greeter:
    def greet(self, *names):
        return "hello " + " and ".join(names)


print(Greeter().greet(*["ann"], "bob", *("cy",)))
calls = []


def arg(v):
    calls.append(v)
    return v


show(*arg([1]), arg(2), *arg((3,)))
print("evaluated in order:", calls)

for bad in [lambda: show(*first, *None), lambda: show(1, *5, 2), lambda: add(*first, 1, 2, *[], x=1),
            lambda: add(*[1], 2, 3, b=4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
show(*first, *3)
