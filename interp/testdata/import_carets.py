# A failing import statement shorter than its line (a comment, a second
# statement after ;) is marked with carets, the whole statement, as
# CPython 3.11 marks it; one that fills its line, or spans lines, is not.
import traceback


def show():
    print([line for line in traceback.format_exc().splitlines()[-3:-1] if not line.startswith("  File")])


try:
    import nosuchmod  # noqa: F401
except ImportError:
    show()
try:
    import os, nosuchmod2 as n  # the whole statement
except ImportError:
    show()
try:
    x = 1; import nosuchmod3
except ImportError:
    show()
try:
    from nosuchpkg import (a,
                           b)
except ImportError:
    show()
try:
    from nosuchpkg.sub import thing as другое  # кириллица
except ImportError:
    show()
try:
    import nosuchmod4
except ImportError:
    show()
