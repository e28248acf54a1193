# functools.wraps, lru_cache and cache keep the wrapped function's
# __module__: the module that defined it, here an imported one.
import functools
import sys



def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def here():
    pass


print(here.__module__, functools.lru_cache(here).__module__, functools.wraps(len)(lambda: 0).__module__)
sys.path.insert(0, "mods")
import wrapmod as m

print(m.wrapped.__module__, m.cached.__module__, m.cached2.__module__, m.K.method.__module__, m.K().method.__module__)
print(m.wrapped.__name__, m.cached(3), m.cached.__qualname__, m.K.method.__qualname__)
