# A script's own sys.excepthook gets the bare exception: no suggestion
# in str(e), and e.name is set.
import sys


def hook(typ, value, tb):
    print("hook:", typ.__name__, str(value), value.name)


sys.excepthook = hook
counter = 1
print(countr)
