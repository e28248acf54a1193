# __module__ of Go functions: the module that exports them, builtins for
# Python's builtins, None for a method of a value.
import json
import math
import time

for f in [len, print, sorted, time.sleep, time.monotonic, math.sqrt, json.dumps, json.loads]:
    print(f.__name__, f.__module__, getattr(f, "__module__", "?"))
print([].append.__module__, "x".upper.__module__)
