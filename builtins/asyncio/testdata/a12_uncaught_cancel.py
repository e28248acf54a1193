# A task cancelled while main awaits it: CancelledError escapes
# asyncio.run and is printed with its module's name.
import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    task.cancel()
    await task


asyncio.run(main())
