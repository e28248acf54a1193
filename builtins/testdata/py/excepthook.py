# sys.excepthook is called for an exception that ends the main script;
# the default hook (sys.__excepthook__) prints the traceback.
import sys

print(sys.excepthook is sys.__excepthook__)


class AppError(Exception):
    pass


def hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, tb is not None, isinstance(value, AppError))
    sys.__excepthook__(exc_type, value, tb)


sys.excepthook = hook
print(sys.excepthook is hook)


def work():
    raise AppError("Ошибка в потоке")


work()
print("not reached")
