# A second script calling cache_info(), run in parallel with
# cache_info.py: the CacheInfo class is shared by the interpreters.
import functools


@functools.lru_cache
def ident(x):
    return x


for x in (1, 1, 2):
    ident(x)
info = ident.cache_info()
print(info, info.hits, info._asdict())
