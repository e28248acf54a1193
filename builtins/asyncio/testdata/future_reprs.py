# Future reprs shorten results with reprlib as CPython's; lock, semaphore,
# event, queue and TaskGroup reprs with waiters.
import asyncio, re
m = lambda s: re.sub(r"0x[0-9a-f]+", "0x", s)
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(list(range(100)))
    print(f)
    f = asyncio.get_running_loop().create_future()
    f.set_result("x" * 100)
    print(f)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("y" * 100))
    print(f)
    f.exception()
    l = asyncio.Lock()
    await l.acquire()
    ws = [asyncio.create_task(l.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(m(repr(l)))
    s = asyncio.Semaphore(0)
    ws2 = [asyncio.create_task(s.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(m(repr(s)))
    e = asyncio.Event()
    ws3 = [asyncio.create_task(e.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(m(repr(e)))
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(m(repr(q)))
    for t in ws + ws2 + ws3 + [g]:
        t.cancel()
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
    print(repr(tg))
asyncio.run(main())
