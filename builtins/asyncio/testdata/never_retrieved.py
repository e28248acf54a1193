# A task's exception that nobody retrieved is reported at exit with the
# traceback of its coroutine only.
import asyncio, gc

async def failing():
    raise ValueError("lost")

async def main():
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
gc.collect()
print("after run")
