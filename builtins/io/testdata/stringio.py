# io.StringIO: writing, reading by size and by line, seek/tell/truncate,
# newline translation, iteration, closing, print(file=...), errors and
# non-ASCII text (positions count code points).
import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("мир\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), s.tell(), repr(s.read()))
print(repr(s.read()), repr(s.readline()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))

t = io.StringIO("a\nb\r\nc\rd")
print(t.readlines())
t.seek(0)
print([line for line in t])
u = io.StringIO("a\nb\r\nc\rd", newline="")
print(u.readlines())
v = io.StringIO("a\r\nb\rc", newline=None)
print(repr(v.getvalue()))
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))
x = io.StringIO("one\ntwo\nthree\n")
print(x.readlines(5), next(x), x.readline(2))

buf = io.StringIO()
print("a", 1, [2], sep="|", end=";\n", file=buf)
print("second", file=buf)
buf.writelines(["x", "y\n"])
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = buf
print("captured")
sys.stdout = old
print(buf.getvalue().splitlines()[-1])

with io.StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
for op in (c.getvalue, c.read, lambda: c.write("x"), c.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
print(type(buf).__name__, isinstance(buf, io.StringIO), repr(buf).startswith("<_io.StringIO object at 0x"))
for bad in (lambda: buf.write(5), lambda: buf.seek(-1), lambda: buf.seek(1, 1), lambda: buf.seek(0, 3),
            lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"), lambda: buf.truncate(-1)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
print(io.StringIO(None).getvalue() == "", io.StringIO().read(), io.StringIO("abc").read(-1))
