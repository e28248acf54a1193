# A custom threading.excepthook receives the traceback object of the
# error that escaped the thread.
import threading
import traceback


def hook(args):
    print(args.thread.name, args.exc_type.__name__, args.exc_value)
    print("has traceback:", args.exc_traceback is not None)
    lines = traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    print(lines[0].strip(), "|", lines[-1].strip())


threading.excepthook = hook


def bad():
    raise IndexError("idx")


t = threading.Thread(target=bad, name="Bad")
t.start()
t.join()
