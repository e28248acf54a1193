"""Decorated functions for functools_module.py."""
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper

@deco
def wrapped(x):
    return x

@functools.lru_cache(maxsize=2)
def cached(x):
    return x * 2

@functools.cache
def cached2(x):
    return x

class K:
    @deco
    def method(self):
        return 1
