# Names a script writes that start with __sp_ are its own: they never
# reach spindle's internal builtins (CPython: NameError).
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: __sp_index({}, ()))
t(lambda: __sp_global("x"))
t(lambda: __sp_walrus(1, 2))
t(lambda: __sp_yield(1))
t(lambda: __sp_fstr("a") % 1)
t(lambda: __sp_method([], "sort"))
t(lambda: __sp_cmp(1, "<", 2, "<", 3))
def g():
    return __sp_iter
t(g)
__sp_mine = 5
def k():
    return __sp_mine + 1
print(k())
class CM:
    def __enter__(self):
        return 7
    def __exit__(self, *a):
        return False
with CM() as __sp_m1:
    pass
print(__sp_m1)
__sp_m2 = CM()
with __sp_m2 as v:
    print(v)
print([__sp_mine for _ in range(2)])
