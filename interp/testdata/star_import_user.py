# from m import * of a user module: its __all__ if it has one, else its
# names not starting with "_"; Cyrillic names included.
from starpkg.withall import *
from starpkg.noall import *
from starpkg import rel

print(greet("мир"), привет)
c = Counter()
c.bump()
print(c.bump())
print(VALUE, число, twice(21))
print(rel.result)
print(threading.current_thread().name)


def use():
    return greet(привет) + " " + str(twice(число))


print(use())
for name in ("hidden", "_private", "_helper", "_secret"):
    try:
        eval(name)
    except NameError as e:
        print(e)
try:
    print(hidden)
except NameError as e:
    print(e)
try:
    print(_helper())
except NameError as e:
    print(e)
# The names a module's star import bound are its attributes, and a star
# import of it passes them on.
print(rel.twice(3), rel.VALUE, rel.число)
print(sorted(n for n in dir(rel) if not n.startswith("_")))
from starpkg.rel import *

print(result)
try:
    from starpkg.missing import *
except ImportError as e:
    print(type(e).__name__, e)
if VALUE:
    from starpkg.withall import *
print(Counter.__name__)
