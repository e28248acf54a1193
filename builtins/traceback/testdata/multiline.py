# format_exception_only and format_exception keep a multi-line message
# in one entry, as CPython does.
import traceback
try:
    raise ValueError("a\nb\n\nc")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1:])
    print(len(traceback.format_exception(e)))
def f():
    raise KeyError("k")
try:
    try:
        f()
    except KeyError as e:
        raise RuntimeError("line1\nline2") from e
except RuntimeError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        if not p.startswith("  File"):
            print(repr(p))
print(traceback.format_exception_only(ValueError, ValueError("one")))
