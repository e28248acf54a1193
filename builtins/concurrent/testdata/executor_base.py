# concurrent.futures.Executor: the base class whose map and context
# manager work through a subclass's submit and shutdown; and
# InvalidStateError from setting a done future.
import concurrent.futures as cf


class Inline(cf.Executor):
    def __init__(self):
        self.log = []

    def submit(self, fn, /, *args, **kwargs):
        self.log.append(fn.__name__)
        f = cf.Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as e:
            f.set_exception(e)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.log.append(f'shutdown wait={wait}')


with Inline() as ex:
    print(list(ex.map(pow, [2, 3, 4], [3, 2])))
    it = ex.map(int, ['1', 'x', '3'])
    print(next(it))
    try:
        next(it)
    except ValueError as e:
        print('ValueError:', e)
print(ex.log)
print(isinstance(cf.ThreadPoolExecutor(), cf.Executor), issubclass(Inline, cf.Executor))
print(cf.ThreadPoolExecutor.__mro__)

base = cf.Executor()
try:
    base.submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
with base as b:
    print('base as context manager:', b is base, base.shutdown())

f = cf.Future()
f.set_result(1)
for call in (lambda: f.set_result(2), lambda: f.set_exception(KeyError())):
    try:
        call()
    except cf.InvalidStateError as e:
        print(type(e).__name__, str(e).split(':')[0], issubclass(type(e), cf._base.Error) if hasattr(cf, '_base') else True)
g = cf.Future()
g.cancel()
try:
    g.set_result(0)
except cf.InvalidStateError as e:
    print(str(e).split(':')[0])
g.set_running_or_notify_cancel()
try:
    g.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(str(e).split(':')[0])
print(f.result())
