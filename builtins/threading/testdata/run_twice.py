# run() calls the target in the calling thread and then deletes _target,
# _args and _kwargs, as CPython's Thread.run does: a second run() fails.
import threading

t = threading.Thread(target=print, args=("в главном потоке", threading.current_thread().name))
t.run()
print(t.is_alive(), t.ident)
for what, fn in [("run", t.run), ("_target", lambda: t._target), ("_args", lambda: t._args)]:
    try:
        fn()
    except AttributeError as e:
        print(what, "AttributeError:", e)


class Sub(threading.Thread):
    pass


s = Sub(target=print, args=("sub",))
s.start()
s.join()
try:
    s.run()
except AttributeError as e:
    print("AttributeError:", e)
