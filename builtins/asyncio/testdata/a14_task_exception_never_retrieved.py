# A task that fails while nobody awaits it: its exception is reported
# ("Task exception was never retrieved") and the program goes on.
import asyncio


async def fail():
    raise KeyError("ключ")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("main finished")


asyncio.run(main())
print("end")
