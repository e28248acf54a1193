# A Thread subclass's run may delete _target, _args and _kwargs itself, as
# CPython's Thread.run does in its finally (the popular
# "PropagatingThread" recipe); they stay readable while the target runs.
import threading


class Propagating(threading.Thread):
    def run(self):
        self.exc = None
        try:
            if self._target is not None:
                self.ret = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.exc = e
        finally:
            del self._target, self._args, self._kwargs


def work(a, b=1):
    me = threading.current_thread()
    return a / b, me._args, me._kwargs, me._target is work


for kw in ({"b": 4}, {"b": 0}):
    t = Propagating(target=work, args=(2,), kwargs=kw)
    t.start()
    t.join()
    print(getattr(t, "ret", None), repr(t.exc))
    for name in ("_target", "_args", "_kwargs"):
        try:
            getattr(t, name)
        except AttributeError as e:
            print("gone:", e)
    try:
        del t._args
    except AttributeError as e:
        print("del twice:", e)

t = threading.Thread(target=work, args=(1,))
del t._args
print(t._target is work, t._kwargs)
try:
    t.run()
except AttributeError as e:
    print("run without _args:", e)
print(hasattr(t, "_target"), hasattr(t, "_kwargs"))
t = threading.Thread(target=None)
del t._kwargs
try:
    t.run()
except AttributeError as e:
    print("run without _kwargs:", e, hasattr(t, "_target"), hasattr(t, "_args"))
t = threading.Thread(target=print)
del t._target
try:
    t.run()
except AttributeError as e:
    print("run without _target:", e, hasattr(t, "_args"))
t = threading.Thread(target=work, args=(3,))
t._target = lambda a: print("replaced", a)
t.run()
print(hasattr(t, "_target"))
