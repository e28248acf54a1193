# extract_tb, format_tb and print_tb of e.__traceback__, as an excepthook
# or a worker's error report uses them.
import sys
import threading
import traceback


def inner(n):
    return 10 / n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print([tuple(fs)[2] for fs in traceback.extract_tb(tb, limit=2)])
    print("".join(traceback.format_tb(tb)), end="")
    print(len(traceback.format_tb(tb, limit=-1)), traceback.format_tb(tb, -1)[0].split(",")[1])
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    print(traceback.format_list(traceback.extract_tb(tb))[-1].split("\n")[1])

print(traceback.extract_tb(None), traceback.format_tb(None))

errors = []


def hook(args):
    errors.append([fs.name for fs in traceback.extract_tb(args.exc_traceback)][-1])
    print("".join(traceback.format_tb(args.exc_traceback, limit=-1)).split(", ", 1)[1], end="")


threading.excepthook = hook


def работа():
    raise ValueError("сбой")


t = threading.Thread(target=работа, name="Рабочий")
t.start()
t.join()
print(errors)

try:
    try:
        outer(0)
    except ZeroDivisionError:
        raise KeyError("вторая")
except KeyError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
