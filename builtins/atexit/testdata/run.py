import atexit

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

atexit.register(show, 1, 2, k=3)
atexit.register(show)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(show, "cleared")
atexit._clear()
atexit._run_exitfuncs()
atexit.register(show, "x")
atexit.register(show, "y")
atexit.unregister(show)
atexit._run_exitfuncs()
print(atexit.unregister(print))
