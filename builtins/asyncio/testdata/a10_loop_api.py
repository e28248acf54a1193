# The event loop API: new_event_loop, run_until_complete, call_soon,
# call_later, call_at, loop.time(), futures and done callbacks, close.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running?", loop.is_running(), "closed?", loop.is_closed())

order = []
now = loop.time()
loop.call_soon(order.append, "soon-1")
loop.call_at(now + 0.15, order.append, "at+0.15")
loop.call_at(now + 0.01, order.append, "at+0.01")
loop.call_later(0.3, order.append, "later-0.3")
loop.call_soon(order.append, "soon-2")
handle = loop.call_soon(order.append, "cancelled")
handle.cancel()
print("handle cancelled:", handle.cancelled())


async def compute():
    await asyncio.sleep(0.4)
    print("inside the loop, running?", asyncio.get_running_loop() is loop, loop.is_running())
    return 6 * 7


print("result:", loop.run_until_complete(compute()))
print(order)

fut = loop.create_future()
fut.add_done_callback(lambda f: print("callback sees", f.result()))
loop.call_soon(fut.set_result, "значение")
print("future result:", loop.run_until_complete(fut))
print("done:", fut.done(), "cancelled:", fut.cancelled())
try:
    fut.set_result(1)
except asyncio.InvalidStateError:
    print("InvalidStateError on a second set_result")

f2 = loop.create_future()
try:
    f2.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f2.set_exception(KeyError("k"))
print("exception:", repr(f2.exception()))


def stopper():
    print("stopping the loop")
    loop.stop()


loop.call_later(0.01, stopper)
loop.run_forever()
t0 = loop.time()
print("time is monotonic:", loop.time() >= t0)
print("get_event_loop() is loop:", asyncio.get_event_loop() is loop)
loop.close()
print("closed?", loop.is_closed())
c = compute()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
