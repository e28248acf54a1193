# asyncio.run of a coroutine that raises: finally blocks of pending tasks
# run during cancellation, then the traceback and exit status 1.
import asyncio


class PaymentError(Exception):
    pass


async def background(log):
    try:
        while True:
            await asyncio.sleep(0.05)
            log.append("tick")
    finally:
        print("background cleanup after", len(log) >= 1, "ticks")


async def charge(amount):
    await asyncio.sleep(0.1)
    if amount > 100:
        raise PaymentError(f"amount {amount} exceeds limit")
    return amount


async def main():
    log = []
    asyncio.create_task(background(log))
    print("charged", await charge(50))
    try:
        await charge(500)
    except PaymentError as e:
        print("handled:", e)
    print("nested run:", end=" ")
    coro = charge(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    await charge(1000)
    print("not reached")


try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
