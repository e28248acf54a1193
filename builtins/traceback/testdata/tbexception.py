# TracebackException and StackSummary; chain=False formats an exception
# without its cause or context.
import io
import re
import sys
import traceback


def show(text):
    print(re.sub(r'File ".*/', 'File "', text), end="")


def inner():
    return {}["key"]


def outer():
    try:
        inner()
    except KeyError as e:
        raise LookupError("outer failed") from e


try:
    outer()
except LookupError as e:
    caught = e
    te = traceback.TracebackException.from_exception(e)
    te1 = traceback.TracebackException(*sys.exc_info(), limit=1)

print(type(te).__name__, type(te.stack).__name__, isinstance(te.stack, list))
print(str(te), te.exc_type.__name__, te.__suppress_context__, te.__notes__)
print(te.__cause__.exc_type.__name__, str(te.__cause__), [f.name for f in te.__cause__.stack])
print(te.__context__ is not None, te.__cause__.__cause__, te.exceptions)
print([(f.name, f.line) for f in te.stack])
show("".join(te.format()))
print("--- limit=1, chain=False")
show("".join(te1.format(chain=False)))
print(list(te.format_exception_only()))
show("".join(te.stack.format()))
buf = io.StringIO()
te.print(file=buf, chain=False)
show(buf.getvalue())
print(te == traceback.TracebackException.from_exception(caught), te == te1, te == 1)
show("".join(traceback.format_exception(caught, chain=False)))
show("".join(traceback.format_exception(caught, chain=False, limit=1)))

ss = traceback.StackSummary.from_list([("a.py", 3, "fn", "x = 1"), traceback.FrameSummary("b.py", 7, "g", line="")])
print(ss.format(), len(ss), type(ss).__name__)
fs = traceback.FrameSummary("tbexception.py", 8, "inner", line="  return 1  ")
print(repr(fs.line), fs.lineno, fs.name, tuple(fs), fs == traceback.FrameSummary("tbexception.py", 8, "inner", line="return 1"))
print(traceback.FrameSummary("nofile.py", 1, "f", lookup_line=False).line)

try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
except ExceptionGroup as eg:
    g = traceback.TracebackException.from_exception(eg)
    print([str(x) for x in g.exceptions], list(g.format_exception_only()))

try:
    compile("x = (", "cfg.py", "exec")
except SyntaxError as se:
    s = traceback.TracebackException.from_exception(se)
    print(s.filename, s.lineno, s.msg, s.offset, repr(s.text.strip()))
print(list(traceback.TracebackException(None, None, None).format()))
