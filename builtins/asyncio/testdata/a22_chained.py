# Real Python's chained coroutines: part1 feeds part2, several chains run
# concurrently; makerandom with a seeded random and colour-free output.
import asyncio
import random
import time


async def part1(n):
    i = random.randint(0, 10)
    print(f"part1({n}) sleeping for {i} ticks.")
    await asyncio.sleep(i * 0.1 + n * 0.05)
    result = f"result{n}-1"
    print(f"Returning part1({n}) == {result}.")
    return result


async def part2(n, arg):
    i = random.randint(0, 10)
    print(f"part2{n, arg} sleeping for {i} ticks.")
    await asyncio.sleep(i * 0.1 + n * 0.05)
    result = f"result{n}-2 derived from {arg}"
    print(f"Returning part2{n, arg} == {result}.")
    return result


async def chain(n):
    start = time.perf_counter()
    p1 = await part1(n)
    p2 = await part2(n, p1)
    end = time.perf_counter() - start
    print(f"-->Chained result{n} => {p2} (took {end >= 0})")
    return p2


async def makerandom(idx, threshold=6):
    print(f"Initiated makerandom({idx}).")
    i = random.randint(0, 10)
    while i <= threshold:
        print(f"makerandom({idx}) == {i} too low; retrying.")
        await asyncio.sleep(0)  # round-robin: the loop runs ready tasks in FIFO order
        i = random.randint(0, 10)
    print(f"---> Finished: makerandom({idx}) == {i}")
    return i


async def main(*args):
    results = await asyncio.gather(*(chain(n) for n in args))
    return results


random.seed(444)
print(asyncio.run(main(1, 2, 3)))
random.seed(444)


async def main2():
    res = await asyncio.gather(*(makerandom(i, 10 - i - 1) for i in range(3)))
    return res


r1, r2, r3 = asyncio.run(main2())
print()
print(f"r1: {r1}, r2: {r2}, r3: {r3}")
