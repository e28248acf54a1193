# Executor.map takes any iterable: a str, bytes, a dict, a set, a user
# class with __iter__, a generator; an error raised while the arguments
# are read comes out of map() itself.
import concurrent.futures as cf


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))


def gen():
    yield 1
    yield 2
    raise ValueError('generator broke')


with cf.ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(str.upper, 'абвг')))
    print(list(pool.map(hex, b'\x01\xff')))
    print(sorted(pool.map(len, {'ab': 1, 'c': 2})))
    print(list(pool.map(lambda a, b: a + b, 'xyz', ['1', '2'])))
    print(list(pool.map(lambda n: n * n, Countdown(4))))
    print(sorted(pool.map(abs, {-3, 2})))
    try:
        pool.map(abs, gen())
    except ValueError as exc:
        print('map raised:', exc)
    try:
        pool.map(abs, 5)
    except TypeError as exc:
        print(exc)
