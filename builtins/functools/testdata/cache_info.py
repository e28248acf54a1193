# cache_info() is a real named tuple (functools' CacheInfo): _asdict,
# _fields, _replace, unpacking, slicing, its type's name.
import functools


@functools.lru_cache(maxsize=2)
def square(n):
    return n * n


for n in (1, 2, 1, 3, 1):
    square(n)
info = square.cache_info()
print(info)
print(info._asdict())
print(info._fields, type(info).__name__, type(info).__module__)
print(info._replace(hits=0))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, info.hits + info.misses)
print(tuple(info) == (2, 3, 2, 2), len(info), info[1:3], info[::-1], info[-1])
print(type(info) is type(square.cache_info()))


@functools.cache
def unbounded(n):
    return n


unbounded(1)
print(unbounded.cache_info(), unbounded.cache_info().maxsize is None)
square.cache_clear()
print(dict(square.cache_info()._asdict()))
