# logging.captureWarnings routes warnings.warn through the "py.warnings"
# logger; captureWarnings(False) puts warnings.showwarning back.
import io
import logging
import sys
import warnings

logging.basicConfig(level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout)
log = logging.getLogger("app")


def old_api(x):
    warnings.warn("old_api() устарела, используйте new_api()", DeprecationWarning, stacklevel=2)
    log.info("old_api(%r)", x)
    return x * 2


warnings.simplefilter("always")
original = warnings.showwarning
logging.captureWarnings(True)
print("replaced:", warnings.showwarning is not original)
print(old_api(21))
warnings.warn("просто предупреждение")
logging.captureWarnings(True)  # a second call keeps the saved original

buf = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 3, file=buf)
print(repr(buf.getvalue()))

with warnings.catch_warnings(record=True) as caught:
    warnings.warn("recorded", RuntimeWarning)
print([str(w.message) for w in caught])

logging.captureWarnings(False)
print("restored:", warnings.showwarning is original)
logging.captureWarnings(False)
sys.stderr = sys.stdout
warnings.warn("не перехвачено")
print(logging.getLogger("py.warnings").handlers)
