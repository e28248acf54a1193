# contextvars are copied into each task; asyncio.sleep(0) interleaving
# order between tasks is FIFO.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
trace = []


async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0.06 * (5 - rid))
    await inner()
    return request_id.get()


async def inner():
    trace.append(f"inner sees {request_id.get()}")


async def stepper(name, steps):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(1, 4)))
    print(results, "main still", request_id.get())
    print(trace)
    trace.clear()
    await asyncio.gather(stepper("a", 3), stepper("b", 2), stepper("c", 4))
    print(" ".join(trace))

    token = request_id.set("temp")
    print(request_id.get())
    request_id.reset(token)
    print(request_id.get())

    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx)

    def in_ctx():
        request_id.set("inside run")
        return request_id.get()

    print(ctx.run(in_ctx), ctx[request_id], request_id.get())

    order = []

    async def worker(n):
        order.append(f"start {n}")
        await asyncio.sleep(0)
        order.append(f"middle {n}")
        await asyncio.sleep(0)
        order.append(f"end {n}")

    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    order.append("main before await")
    await t1
    order.append("main after t1")
    await t2
    print(order)


asyncio.run(main())
print(request_id.get())
