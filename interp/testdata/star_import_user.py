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
