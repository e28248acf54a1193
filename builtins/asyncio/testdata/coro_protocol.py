# Coroutines without an event loop: send/throw/close, await on custom
# awaitables, async with and async for over user classes, and the
# errors of misuse.
import inspect


async def add(a, b):
    return a + b


async def chain():
    x = await add(1, 2)
    y = await Ticket(10)
    return x + y


class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        sent = yield f"waiting for ticket {self.n}"
        return self.n + sent


c = chain()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = chain()
print(c.send(None))
try:
    c.throw(ValueError("брошено"))
except ValueError as e:
    print("throw ->", e)

c = chain()
c.close()
print("closed before start")


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def use_them():
    async with Resource("a") as r, Resource("b"):
        print("inside", r.name)
    async with Resource("c"):
        raise KeyError("suppressed")
    try:
        async with Resource("d"):
            raise ValueError("propagated")
    except ValueError as e:
        print("caught", e)
    for_results = []
    async for i in Countdown(3):
        for_results.append(i)
    else:
        for_results.append("else")
    async for i in Countdown(5):
        if i == 2:
            break
        for_results.append(i)
    else:
        for_results.append("not reached")
    print(for_results)
    return [await add(i, i) for i in range(3)]


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(use_them()))


async def bad_await():
    await 42


async def bad_for():
    async for x in [1, 2]:
        pass


async def bad_with():
    async with Ticket(1):
        pass


for f in (bad_await, bad_for):
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

print(inspect.iscoroutinefunction(add), inspect.iscoroutinefunction(run))
print(inspect.iscoroutine(add(1, 2)), inspect.isawaitable(Ticket(1)))


class Service:
    async def method(self):
        return "method result"


print(inspect.iscoroutinefunction(Service.method), inspect.iscoroutinefunction(Service().method))
print(run(Service().method()))

import types


async def agen():
    yield 1


c = add(1, 1)
print(types.CoroutineType, types.AsyncGeneratorType, isinstance(c, types.CoroutineType),
      isinstance(agen(), types.AsyncGeneratorType), isinstance(c, types.GeneratorType))
c.close()
try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError:", e)
