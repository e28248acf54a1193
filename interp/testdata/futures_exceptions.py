# exceptions cross threads through futures
from concurrent.futures import ThreadPoolExecutor, as_completed


class QuotaError(Exception):
    def __init__(self, user, used):
        super().__init__(f"{user} used {used}")
        self.user = user


def check(user, used):
    if used > 10:
        raise QuotaError(user, used)
    if used < 0:
        raise ValueError("negative usage")
    return used


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(check, u, n): u for u, n in [("ann", 5), ("bob", 12), ("cid", -1)]}
    for f in sorted(futures, key=lambda f: futures[f]):
        try:
            print(futures[f], "ok", f.result())
        except QuotaError as e:
            print(futures[f], "quota:", e, e.user, isinstance(e, Exception))
        except ValueError as e:
            print(futures[f], "value:", e)
    errors = sorted(type(f.exception()).__name__ for f in as_completed(futures) if f.exception())
    print("errors:", errors)
    try:
        list(pool.map(check, ["x", "y"], [1, 99]))
    except QuotaError as e:
        print("map raised:", repr(e))
