# The repr of the running task shows the line its coroutine is at, not
# the line of the code it called that formats the repr; so does
# gi_frame.f_lineno of a running generator.
import asyncio
import re


def show(task):
    s = re.sub(r"0x[0-9a-f]+", "0x…", repr(task))
    s = re.sub(r"\S*current_task_repr\.py", "FILE", s)
    return re.sub(r"cb=\[.*\]", "cb=[…]", s)


def gen():
    me = yield
    print("running generator at line", me.gi_frame.f_lineno, me.gi_frame.f_code.co_name)
    yield


async def child():
    print(show(asyncio.current_task()))
    await asyncio.sleep(0)


async def main():
    print(show(asyncio.current_task()))
    t = asyncio.create_task(child(), name="kid")
    await asyncio.sleep(0)
    print(show(t))
    await t
    print(show(t))


g = gen()
next(g)
g.send(g)
print(g.gi_frame.f_lineno)
asyncio.run(main())
