# Each Task runs in a copy of the context current when it was made (or
# the one given as context=); callbacks run in the context current at
# call_soon / add_done_callback; asyncio.run runs main in a copy.
import asyncio
import contextvars
import functools
import re

var = contextvars.ContextVar("var", default="unset")


def show(label):
    print(label, var.get())


async def child(value):
    show("child before set:")
    var.set(value)
    await asyncio.sleep(0)
    show("child after set:")
    return var.get()


async def main():
    show("main start:")
    var.set("main")
    t = asyncio.create_task(child("child-1"))
    print(await t, "| main keeps", var.get())
    print(hasattr(t, "get_context"))

    ctx = contextvars.Context()
    t = asyncio.create_task(child("child-2"), context=ctx)
    await t
    print("given context now holds", ctx[var])

    loop = asyncio.get_running_loop()
    var.set("at call_soon")
    h = loop.call_soon(show, "call_soon callback:")
    var.set("changed after")
    await asyncio.sleep(0)
    print(hasattr(h, "get_context"))

    other = contextvars.copy_context()
    other.run(var.set, "explicit")
    loop.call_later(0.01, show, "call_later with context:", context=other)
    await asyncio.sleep(0.05)

    fut = loop.create_future()
    var.set("at add_done_callback")
    fut.add_done_callback(lambda f: show("done callback:"))
    fut.add_done_callback(functools.partial(print, "partial callback"))
    var.set("later")
    print(re.sub(r"\S*task_context\.py", "FILE", repr(fut)))
    fut.set_result(None)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(repr(e))
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(repr(e))


var.set("outside")
asyncio.run(main())
show("after run:")
with asyncio.Runner() as runner:
    runner.run(child("runner-1"))
    show("between runs:")
    runner.run(child("runner-2"))
