# asyncio.as_completed yields in finishing order, asyncio.wait with
# FIRST_COMPLETED and timeouts, results ordered by delay.
import asyncio
import time


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"{url}: {len(url)} bytes"


URLS = {
    "https://example.com/slow": 0.45,
    "https://example.com/fast": 0.05,
    "https://example.com/bad": 0.15,
    "https://example.com/medium": 0.3,
}


async def main():
    start = time.perf_counter()
    for coro in asyncio.as_completed([fetch(u, d) for u, d in URLS.items()]):
        try:
            print("completed:", await coro)
        except ConnectionError as e:
            print("failed:", e)
    print("total under 0.7s:", time.perf_counter() - start < 0.7)

    tasks = {asyncio.create_task(fetch(u, d), name=u.rsplit("/", 1)[1]) for u, d in URLS.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.get_name() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.17)
    print("by 0.22s:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("rest:", sorted(t.get_name() for t in done), len(pending))
    for t in sorted(tasks, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())

    try:
        for coro in asyncio.as_completed([fetch("x", 1), fetch("y", 0.01)], timeout=0.1):
            print("got", await coro)
    except asyncio.TimeoutError:
        print("as_completed timed out")

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(1.1)


asyncio.run(main())
