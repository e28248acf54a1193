# locals(): a snapshot of a function's variables; globals at module level.
def person(name, age):
    city = "Kyiv"
    print(locals())
    print("{name} is {age} from {city}".format(**locals()))
    snapshot = locals()
    city = "Lviv"
    print(snapshot["city"], "key" in snapshot)


person("Оля", 30)


def with_closure():
    count = 0

    def bump():
        return count + 1

    print(sorted(locals()))
    return bump


with_closure()


def loop():
    total = 0
    for i in range(3):
        total += i
    try:
        inside = "try"
        print(sorted(locals().items()))
    finally:
        pass


loop()

top = 1
print(locals() is not None, locals()["top"], "top" in globals())
print(locals() == globals())


def not_yet():
    print(locals())
    later = 1
    return later


not_yet()


class C:
    def method(self, k=2):
        print(sorted(locals()))


C().method()
try:
    locals(1)
except TypeError as e:
    print(e)
