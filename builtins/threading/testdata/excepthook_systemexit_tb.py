# A SystemExit that ends a thread reaches a script's threading.excepthook
# with its traceback, as every other exception does.
import sys
import threading


def hook(args):
    tb = args.exc_traceback
    print(args.exc_type.__name__, args.exc_value, tb is not None, args.exc_value.__traceback__ is not None)


threading.excepthook = hook
for target in (lambda: sys.exit(3), lambda: sys.exit('bye')):
    t = threading.Thread(target=target)
    t.start()
    t.join()


def raise_it():
    raise SystemExit(7)


t = threading.Thread(target=raise_it)
t.start()
t.join()
