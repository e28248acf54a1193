# asynccontextmanager, AsyncExitStack and aclosing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"acquire {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} swallowed {e!r}")
    finally:
        log.append(f"release {name}")


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticks closed")


class Async:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        return self.name

    async def __aexit__(self, typ, exc, tb):
        self.log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        return self.suppress


async def main():
    log = []
    print(resource.__name__)
    async with resource("a", log) as r:
        log.append(f"using {r}")
    async with resource("b", log):
        raise KeyError("k")
    try:
        async with resource("c", log):
            raise ValueError("v")
    except ValueError as e:
        log.append(f"propagated {e!r}")
    print(log)
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    log = []
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(Async(n, log)) for n in "xy"]
        stack.callback(log.append, "sync callback")

        async def later(what):
            log.append(what)

        stack.push_async_callback(later, "async callback")
        print(names, stack.enter_context(contextlib.nullcontext("sync")))
    print(log)

    log = []
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(Async("outer", log))
        await stack.enter_async_context(Async("suppressor", log, suppress=True))
        raise OSError("swallowed")
    print(log)
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

    async with contextlib.aclosing(ticks()) as agen:
        async for i in agen:
            if i == 2:
                break
    print("after aclosing")


asyncio.run(main())
