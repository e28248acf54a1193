# sys: argv, the version and limits members, stdout/stderr writes,
# exc_info, modules, the switch interval, recursion and int-digit limits,
# and _getframe (host-specific values are only checked for their type).
import sys

print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info[:2] == (3, 11), sys.version_info[0], type(sys.version).__name__, sys.maxsize == 2 ** 63 - 1)
print(type(sys.platform).__name__, type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)

n = sys.stdout.write("written to stdout\n")
print(n, sys.stdout.write(""), sys.stdout.write("Привет\n"))
sys.stdout.flush()
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print("line", file=sys.stdout)
print("err line", file=sys.stderr)

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__)
print(sys.exc_info())

old = sys.getswitchinterval()
print(old)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(old)

limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))


def where():
    f = sys._getframe()
    return f.f_code.co_name, sys._getframe(1).f_code.co_name


print(where())
print(sys.excepthook is sys.__excepthook__)
