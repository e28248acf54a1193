# wait() returns DoneAndNotDoneFutures, a named tuple of two sets.
import concurrent.futures as cf

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(pow, 2, n) for n in range(4)]
    res = cf.wait(fs)
    done, not_done = res
    print(type(res).__name__, type(res).__module__, res._fields, isinstance(res, tuple), len(res))
    print(sorted(f.result() for f in res.done), res.not_done, res[1] is not_done, res.done is done)
    print(res._replace(done=set()), res._asdict().keys())
print(cf.wait([]))
