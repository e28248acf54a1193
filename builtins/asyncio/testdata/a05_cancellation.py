# Cancelling tasks: cleanup in finally, cancel messages, cancelled(),
# result() of a cancelled task, catching CancelledError.
import asyncio


async def worker(name, log):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(10)
    finally:
        log.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: got CancelledError, returning anyway")
        return "survived"


async def main():
    log = []
    task = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0.01)
    print("cancel() ->", task.cancel())
    print("cancelled yet?", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("caught CancelledError, task.cancelled():", task.cancelled())
    print(log)
    print("cancel() again ->", task.cancel())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raised", type(e).__name__)

    task = asyncio.create_task(worker("w2", log))
    await asyncio.sleep(0)
    task.cancel("остановлено пользователем")
    try:
        await task
    except asyncio.CancelledError as e:
        print("message:", e.args)

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
    print(await task, task.cancelled())

    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

    tasks = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.01, 10)]
    await asyncio.sleep(0.2)
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if not isinstance(r, BaseException) else type(r).__name__ for r in results])

    never = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print("pending when main returns:", never.done())


asyncio.run(main())
print("asyncio.run cancelled what was left")
