# async with and async for look the protocol methods up on the type: a
# class defining them is not itself a manager or iterable, unless its
# metaclass defines them.
import asyncio


class Meta(type):
    async def __aenter__(cls):
        return "entered " + cls.__name__

    async def __aexit__(cls, *exc):
        print("exited", cls.__name__)


class ViaMeta(metaclass=Meta):
    pass


class Plain:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration

    async def __aenter__(self):
        return "instance"

    async def __aexit__(self, *exc):
        return False


async def main():
    async with ViaMeta as x:
        print(x)
    async with Plain() as x:
        print(x)
    print([y async for y in Plain()])
    try:
        async for _ in Plain:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Plain:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
