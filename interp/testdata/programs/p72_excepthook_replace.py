"""Replacing threading.excepthook to collect worker failures, then restoring it."""
import threading
import sys

failures = []
lock = threading.Lock()


def collecting_hook(args):
    with lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                         args.exc_traceback is not None))


def divide(a, b):
    return a / b


def parse(text):
    return int(text)


class Worker(threading.Thread):
    def __init__(self, name, fn, *args):
        super().__init__(name=name)
        self.fn = fn
        self.args_ = args
        self.result = None

    def run(self):
        self.result = self.fn(*self.args_)


print('default hook is __excepthook__:', threading.excepthook is threading.__excepthook__)
threading.excepthook = collecting_hook
workers = [Worker('div-ok', divide, 10, 4), Worker('div-zero', divide, 1, 0),
           Worker('parse-bad', parse, 'двенадцать'), Worker('parse-ok', parse, ' 12 ')]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name, etype, msg, has_tb in sorted(failures):
    print(f'{name}: {etype}: {msg} (traceback: {has_tb})')
print('results:', [(w.name, w.result) for w in workers])


def exiting():
    sys.exit(3)


failures.clear()
t = threading.Thread(target=exiting, name='exiter')
t.start()
t.join()
print('SystemExit in thread reaches hook:', failures)


def hook_that_fails(args):
    raise RuntimeError('hook broke')


threading.excepthook = threading.__excepthook__
print('restored:', threading.excepthook is threading.__excepthook__)


class Task:
    def __init__(self):
        self.errors = []

    def hook(self, args):
        self.errors.append(repr(args.exc_value))


task = Task()
threading.excepthook = task.hook
t = threading.Thread(target=lambda: [][1], name='idx')
t.start()
t.join()
t = threading.Thread(target=lambda: {}['missing'], name='key')
t.start()
t.join()
print(task.errors)
threading.excepthook = threading.__excepthook__

args_type = threading.ExceptHookArgs
print(args_type.__name__)
fields = ['exc_type', 'exc_value', 'exc_traceback', 'thread']
captured = []
threading.excepthook = lambda a: captured.append([hasattr(a, f) for f in fields])
t = threading.Thread(target=divide, args=(1, 0))
t.start(); t.join()
threading.excepthook = threading.__excepthook__
print(captured)
print('done, active:', threading.active_count())
