# tempfile: mkdtemp, TemporaryDirectory (removed with its contents),
# NamedTemporaryFile (deleted on close unless delete=False).
import tempfile, os
d = tempfile.mkdtemp(prefix="sp_", suffix="_x")
print(os.path.isdir(d), os.path.basename(d).startswith("sp_"), d.endswith("_x"), os.path.isabs(d))
os.rmdir(d)
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "sub", "f.txt")
    os.makedirs(os.path.dirname(p))
    with open(p, "w") as f:
        f.write("data")
    print(os.listdir(td), os.path.exists(p))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t) == "<TemporaryDirectory %r>" % t.name)
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("hello\n")
    f.seek(0)
    print(f.read(), f.name.endswith(".log"), os.path.exists(f.name))
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"keep")
f.close()
print(open(f.name, "rb").read())
os.remove(f.name)
print(os.path.isdir(tempfile.gettempdir()))
