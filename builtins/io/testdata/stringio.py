# io.StringIO: writing, reading, seeking, lines, closing and errors.
import io

buf = io.StringIO()
print(buf.write("hello\n"), buf.write("Привет, мир\nlast"))
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline(3)), repr(buf.read(4)))
print(repr(buf.read()), repr(buf.read()), buf.tell())
buf.seek(0)
print([line for line in buf])
buf.seek(0)
print(buf.readlines())
buf.seek(0)
print(next(buf), end="")
print(buf.readlines(3))

init = io.StringIO("abc\ndef")
print(init.tell(), repr(init.read(2)), init.tell())
print(init.write("Z"), repr(init.getvalue()))
print(init.seek(0, 2), init.seek(0, 1), init.seek(10), init.write("!"))
print(repr(init.getvalue()))
init.seek(2)
print(init.truncate(), repr(init.getvalue()), init.tell())
print(init.truncate(1), repr(init.getvalue()))
init.writelines(["x", "y\n"])
print(repr(init.getvalue()))
print(io.StringIO(None).getvalue() == "", io.StringIO(initial_value="kw").read())
print(init.readable(), init.writable(), init.seekable(), init.isatty(), init.flush())
print(init.encoding, init.errors, init.closed, type(init).__name__)
print(isinstance(init, io.StringIO), type(init) is io.StringIO, io.StringIO)

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\r\nb\rc\nd")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines())

with io.StringIO() as out:
    print("x", 1, 2.5, sep="-", end="!\n", file=out)
    print("ещё", file=out)
    print(repr(out.getvalue()))
print(out.closed)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = io.StringIO("data")
attempt(lambda: s.write(1))
attempt(lambda: s.write(b"x"))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.seek(1.5))
attempt(lambda: s.read("a"))
attempt(lambda: s.truncate(-1))
attempt(lambda: s.fileno())
attempt(lambda: io.StringIO(1))
attempt(lambda: io.StringIO("a", "x"))
attempt(lambda: io.StringIO("x", "\n", 3))
s.close()
s.close()
attempt(lambda: s.read())
attempt(lambda: s.write("a"))
attempt(lambda: s.getvalue())
attempt(lambda: s.tell())
attempt(lambda: s.seek(0))
attempt(lambda: s.readable())
attempt(lambda: next(s))
attempt(lambda: list(s))
attempt(lambda: s.closed)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__name__)

class Prefixed(io.StringIO):
    def __init__(self, prefix):
        super().__init__(prefix + ":")
        self.seek(0, 2)
p = Prefixed("log")
p.write("x")
print(p.getvalue(), p.tell())
