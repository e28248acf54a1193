"""Python 3.11 "What's new" style demo: asyncio.Barrier synchronising
coroutine workers between stages, blocking stage work pushed to threads
with asyncio.to_thread, an abort that breaks a late barrier
(BrokenBarrierError), and the barrier's state between rounds.
"""
import asyncio
import threading

results: dict[str, list[str]] = {}


def heavy(name: str, stage: int) -> str:
    # stands for blocking work; runs in the default executor's threads
    return f"{name}:{stage}:{sum(range(1000 * stage))}"


async def worker(name: str, barrier: asyncio.Barrier, stages: int) -> None:
    for stage in range(1, stages + 1):
        out = await asyncio.to_thread(heavy, name, stage)
        results.setdefault(name, []).append(out)
        index = await barrier.wait()
        if index == 0:
            print(f"stage {stage} complete, waiting now: {barrier.n_waiting}")


async def main() -> None:
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(worker(f"w{i}", barrier, 3) for i in range(3)))
    for name in sorted(results):
        print(name, [r.split(":")[1] for r in results[name]], results[name][-1].split(":")[2])
    print("state:", repr(barrier).rsplit("[", 1)[1].rstrip(">").rstrip("]"), "broken:", barrier.broken)

    gate = asyncio.Barrier(2)
    early = asyncio.create_task(gate.wait(), name="early")
    await asyncio.sleep(0.01)
    print("waiting on gate:", gate.n_waiting)
    await gate.abort()
    try:
        await early
    except asyncio.BrokenBarrierError:
        print("early waiter saw BrokenBarrierError; broken:", gate.broken)
    await gate.reset()
    pair = await asyncio.gather(gate.wait(), gate.wait())
    print("after reset both passed:", sorted(pair))
    print("executor threads used:", threading.active_count() >= 1)


asyncio.run(main())
