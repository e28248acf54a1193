# The filters: error raises, ignore, always, once, module; message and
# module regexes; catch_warnings restores them and records warnings.
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


def warn_twice(msg, category=UserWarning):
    for _ in range(2):
        warnings.warn(msg, category)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warn_twice("recorded")
    warnings.warn("dep", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename.split("/")[-1], w[0].line, w[0].file, w[0].source)
    print(type(w[0]).__name__, type(w[0].message), repr(w[0].message))
    print(str(w[0]).replace(w[0].filename, "FILE"))
print(warnings.filters[0])
warn_twice("after: shown once")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", repr(e))
    try:
        warnings.warn(RuntimeWarning("instance error"))
    except RuntimeWarning as e:
        print("raised:", repr(e))
    warnings.filterwarnings("ignore", "spam")
    warnings.warn("SPAM and eggs")
    warnings.warn("eggs and spam", RuntimeWarning) if False else None
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad", category=RuntimeWarning)
    warnings.warn("bad but only a UserWarning")
    try:
        warnings.warn("bad thing", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
    print(warnings.filters[0])
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    warnings.warn("not ignored", RuntimeWarning)

with warnings.catch_warnings():
    warnings.simplefilter("once")
    warn_twice("once A")
    warnings.warn("once A")
    warn_twice("once B", RuntimeWarning)

with warnings.catch_warnings():
    warnings.simplefilter("module")
    warn_twice("module-wide")
    warnings.warn("module-wide")

with warnings.catch_warnings(record=True) as w:
    warnings.warn_explicit("lib dep", DeprecationWarning, "lib.py", 3, module="lib")
    warnings.warn_explicit("main dep", DeprecationWarning, "main.py", 4, module="__main__")
    warnings.warn_explicit("pending", PendingDeprecationWarning, "lib.py", 5)
    warnings.warn_explicit("user", UserWarning, "lib.py", 6, registry={})
    print([(str(x.message), x.filename, x.lineno) for x in w])

with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored by catch_warnings(action=...)")

shown = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno > 0, file, line))


saved = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.warn("to my hook", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded, not hooked")
print(len(w), shown, warnings.showwarning is my_showwarning)
warnings.showwarning = saved


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s: %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
warnings.warn("with my format")
warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, "_formatwarning_orig") else None

for bad in (lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", 3),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", module=None)):
    try:
        bad()
    except AssertionError as e:
        print(repr(e))
c = warnings.catch_warnings(record=True)
print(c, warnings.catch_warnings())
try:
    c.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(e)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("dep after reset", DeprecationWarning)
print(warnings.WarningMessage("m", UserWarning, "f.py", 1))
print(warnings.WarningMessage("m", None, "f.py", 1, line="x"))
warnings.simplefilter("error")
sys.stderr = real_stderr
warnings.warn("uncaught")
