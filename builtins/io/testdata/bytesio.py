# io.BytesIO: writing, reading, seeking, lines, closing and errors.
import io

b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.tell(), b.readline(), b.read(), b.read())
print(b.seek(-1, 2), b.read(), b.seek(-10, 1), b.seek(10), b.write(b"Z"))
print(b.getvalue())
print(b.truncate(2), b.getvalue(), b.tell())
print(b.write("é".encode()), b.getvalue())
b.seek(0)
print(list(b), b.read1())
b.seek(0)
print(b.readlines())
print(io.BytesIO().getvalue(), io.BytesIO(initial_bytes=b"kw").read())
with io.BytesIO() as w:
    w.writelines([b"a", b"b"])
    print(w.getvalue(), type(w).__name__, isinstance(w, io.BytesIO))
print(w.closed)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: b.write("s"))
attempt(lambda: b.seek(-10))
attempt(lambda: b.seek(1, 5))
attempt(lambda: b.fileno())
attempt(lambda: io.BytesIO("x"))
b.close()
attempt(lambda: b.read())
attempt(lambda: b.write(b"a"))
attempt(lambda: b.getvalue())
attempt(lambda: b.seek(0))
attempt(lambda: b.tell())

m = io.BytesIO(bytearray(b"from bytearray"))
m.seek(0, 2)
print(m.write(bytearray(b"!")), m.getvalue())
