# Names bound by try, with, for and if statements in a class body are
# class attributes, as in CPython.
import contextlib


class Config:
    try:
        import json as codec
    except ImportError:
        codec = None
    try:
        import no_such_module_here as fast
    except ImportError:
        fast = None
    else:
        loaded = True
    finally:
        checked = "да"
    with contextlib.nullcontext(3) as size:
        doubled = size * 2
    for i in range(3):
        last = i
    if codec:
        name = codec.__name__


print(Config.codec.__name__, Config.fast, hasattr(Config, "loaded"), Config.checked)
print(Config.size, Config.doubled, Config.last, Config.i, Config.name)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
