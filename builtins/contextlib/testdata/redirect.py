# contextlib.redirect_stdout and redirect_stderr replace sys.stdout and
# sys.stderr for the block; print follows them.
import contextlib
import io

out = io.StringIO()
with contextlib.redirect_stdout(out) as target:
    print("captured", 1)
    print("второй")
print(target is out, repr(out.getvalue()))

import sys
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    print(sys.stderr is err)
print(repr(err.getvalue()), sys.stderr is err)

outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("a")
    with contextlib.redirect_stdout(inner):
        print("b")
        print(sys.stdout is inner)
    print("c")
print(repr(outer.getvalue()), repr(inner.getvalue()))

again = io.StringIO()
r = contextlib.redirect_stdout(again)
with r:
    print("one")
with r:
    print("two")
print(repr(again.getvalue()))

try:
    with contextlib.redirect_stdout(io.StringIO()):
        raise ValueError("boom")
except ValueError as e:
    print("restored after", e)
