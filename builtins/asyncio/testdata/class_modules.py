# The modules asyncio's classes say they come from, as CPython's
# (asyncio.locks, asyncio.queues, _asyncio, ...), and the reprs of the
# synchronization primitives, which show them.
import asyncio
import re

for c in (asyncio.Lock, asyncio.Event, asyncio.Semaphore, asyncio.BoundedSemaphore,
          asyncio.Condition, asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue,
          asyncio.QueueEmpty, asyncio.QueueFull, asyncio.Future, asyncio.Task,
          asyncio.TaskGroup, asyncio.Timeout, asyncio.Runner, asyncio.CancelledError,
          asyncio.InvalidStateError, asyncio.Handle, asyncio.TimerHandle, asyncio.AbstractEventLoop):
    print(c.__name__, c.__module__)


async def main():
    lock = asyncio.Lock()
    event = asyncio.Event()
    sem = asyncio.Semaphore(2)
    await lock.acquire()
    event.set()
    for o in (lock, event, sem, asyncio.BoundedSemaphore(), asyncio.Condition()):
        print(re.sub(r"0x[0-9a-f]+", "0x…", repr(o)))
    try:
        asyncio.Queue().no_such_method()
    except AttributeError as e:
        print(e)


asyncio.run(main())
