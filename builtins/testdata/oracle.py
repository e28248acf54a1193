# oracle.py computes CPython's results for the golden tests.
#   python3 oracle.py expr FILE.txt   -> one "expr\tresult" line per expression
#   python3 oracle.py script FILE.py  -> the script's output (plus error line)
# The __sp_* shims give the internal builtins their Python meaning.
import sys

def __sp_percent(f, a): return f % a
def __sp_method(r, name, /, *a, **k): return getattr(r, name)(*a, **k)
def __sp_pow(a, b): return a ** b
def __sp_is(a, b): return a is b
def __sp_iter(x): return x
def __sp_fstr(*parts): return ''.join(parts)
def __sp_fmt(v, conv, spec):
    v = {'': lambda x: x, 'r': repr, 's': str, 'a': ascii}[conv](v)
    return format(v, spec)
def __sp_cmp(*a):
    ops = {'<': lambda x, y: x < y, '<=': lambda x, y: x <= y, '>': lambda x, y: x > y,
           '>=': lambda x, y: x >= y, '==': lambda x, y: x == y, '!=': lambda x, y: x != y,
           'in': lambda x, y: x in y, 'not in': lambda x, y: x not in y,
           'is': lambda x, y: x is y, 'is not': lambda x, y: x is not y}
    return all(ops[a[i]](a[i-1], a[i+1]) for i in range(1, len(a), 2))
def __sp_delitem(x, k): del x[k]

def shims():
    return {k: v for k, v in globals().items() if k.startswith('__sp_')}

def err(e):
    msg = str(e)
    return type(e).__name__ + (': ' + msg if msg else '')

def exprs(path):
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        try:
            out = repr(eval(line, shims()))
        except Exception as e:
            out = err(e)
        print(line + '\t' + out)

def script(path):
    src = open(path, encoding='utf-8').read()
    try:
        exec(compile(src, path, 'exec'), shims())
    except Exception as e:
        print(err(e))

{'expr': exprs, 'script': script}[sys.argv[1]](sys.argv[2])
