# The deprecation warnings of native modules (threading's old names) go
# through the warnings module: its filters and catch_warnings apply, and
# unittest's assertWarns catches warnings.warn too.
import builtins
import re
import sys
import threading
import unittest
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
print(hasattr(builtins, "__file__"))
for _ in range(2):
    threading.currentThread()


def helper():
    return threading.current_thread().getName()


helper()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    threading.currentThread()
    threading.Event().isSet()
    helper()
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    threading.currentThread()
    threading.activeCount()
threading.activeCount()


class T(unittest.TestCase):
    def test_python_warning(self):
        with self.assertWarns(UserWarning):
            warnings.warn("user")
        with self.assertWarnsRegex(RuntimeWarning, "disk"):
            warnings.warn("disk almost full", RuntimeWarning)

    def test_native_warning(self):
        with self.assertWarns(DeprecationWarning):
            threading.currentThread()

    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass


sys.stderr = real_stderr  # unittest's report shows a time
unittest.main(exit=False, verbosity=0)
