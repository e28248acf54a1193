# asyncio.gather with return_exceptions=True: exceptions come back as
# values; without it the first error propagates and the rest keep going.
import asyncio


class ServiceError(Exception):
    def __init__(self, service, code):
        super().__init__(f"{service} failed with {code}")
        self.service = service
        self.code = code


async def fetch(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail == "value":
        raise ValueError(f"bad data from {name}")
    if fail == "service":
        raise ServiceError(name, 503)
    if fail == "zero":
        return 1 / 0
    return {"name": name, "delay": delay}


async def main():
    results = await asyncio.gather(
        fetch("users", 0.05),
        fetch("orders", 0.1, "value"),
        fetch("stock", 0.15, "service"),
        fetch("prices", 0.2, "zero"),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, repr(r))
    errors = [r for r in results if isinstance(r, Exception)]
    print(len(errors), "errors;", [str(e) for e in errors])
    print("service code:", [e.code for e in errors if isinstance(e, ServiceError)])

    done = []

    async def slow_ok():
        await asyncio.sleep(0.2)
        done.append("slow_ok")
        return "ok"

    slow = asyncio.ensure_future(slow_ok())
    try:
        await asyncio.gather(fetch("a", 0.05, "value"), slow)
    except ValueError as e:
        print("first error propagated:", repr(e))
    print("slow still running:", not slow.done())
    print("slow result:", await slow, done)

    print(await asyncio.gather())
    print(await asyncio.gather(*[fetch(str(i), 0.01 * (3 - i)) for i in range(3)]))

    outer = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0.05)
    print("cancel gather:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled:", outer.cancelled())


asyncio.run(main())
