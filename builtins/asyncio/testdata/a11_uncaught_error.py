# An exception that escapes asyncio.run ends the program with a
# traceback and exit status 1, after the finally blocks ran.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ConnectionError(f"сервер {n} недоступен")
    return n


async def main():
    try:
        results = await asyncio.gather(*(fetch(n) for n in range(4)))
        print(results)
    finally:
        print("cleanup in main")


asyncio.run(main())
print("not reached")
