# warn() prints file:line: Category: message and the source line to
# stderr, once per location under the default filter.
import re
import sys
import warnings


class Stderr:
    """Writes to stdout, which the goldens check whole, without the
    script's directory, which differs between machines."""

    def write(self, s):
        sys.stdout.write(re.sub(r"^.*?([\w.]+\.py:)", r"\1", s, flags=re.M))

    def flush(self):
        sys.stdout.flush()


real_stderr = sys.stderr
sys.stderr = Stderr()


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x


def noisy(i):
    warnings.warn("noisy %d" % (i % 2))


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
for i in range(4):
    noisy(i)
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("Кириллица: предупреждение")
print(old_api(1), old_api(2))
old_api(3)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("future", FutureWarning)


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
warnings.warn("too deep", stacklevel=5)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.warn("x", ValueError)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  line here  "), end="")
print(warnings.formatwarning("msg", MyWarning, "f.py", 3, ""), end="")
warnings.showwarning("shown", RuntimeWarning, "g.py", 7, sys.stdout, "code()")
print("done")
