# pathlib: pure path arithmetic and the file operations scripts use.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath


class Here:
    def __fspath__(self):
        return "/srv/app"


p = Path("/srv//app/./data/report.tar.gz")
print(p, repr(p), type(p).__name__, isinstance(p, PurePath), isinstance(p, Path))
print(p.name, p.stem, p.suffix, p.suffixes, p.parts, p.root, p.anchor, repr(p.drive))
print(p.parent, p.parent.parent.name, [str(x) for x in p.parents])
print(p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("old"))
print(p.relative_to("/srv"), p.relative_to(Path("/srv/app")), p.is_relative_to("/etc"))
print(Path("a") / "b" / Path("c"), "x" / Path("y"), Path("a", "b/c", "/abs", "d"))
print(Path(), Path("."), Path(".."), Path("a/.."), Path("//host/x"), Path("///x"))
print(Path(Here()) / "cfg", os.fspath(Path("q/r")), str(PurePath("z")), repr(PurePosixPath("z")))
print(Path("a") == PurePosixPath("a"), Path("a") == "a", Path("a") < Path("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(len({Path("a/b"), Path("a//b/"), Path("a/./b")}), Path("a/b").is_absolute(), Path("/a").is_absolute())
print(Path("x/y.py").match("*.py"), Path("x/y.py").match("x/*.py"), Path("x/y.py").match("/y.py"), Path(".bashrc").suffix, Path("a.").suffixes)
print(Path("a/b").joinpath("c", "d"), Path("a").as_posix())
for bad in [lambda: Path("a") / 1, lambda: Path("a").with_suffix("zip"), lambda: Path("/").with_name("x"),
            lambda: Path("a/b").relative_to("c"), lambda: Path(3), lambda: os.fspath(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

d = Path(tempfile.mkdtemp())
print(d.exists(), d.is_dir(), d.is_file())
f = d / "notes.txt"
print(f.write_text("привет\nмир\n", encoding="utf-8"), f.read_text(encoding="utf-8").splitlines())
with f.open("a", encoding="utf-8") as out:
    out.write("ещё\n")
with open(f, encoding="utf-8") as fin:
    print(fin.read().count("\n"), os.path.exists(f), os.path.getsize(f))
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub").mkdir(exist_ok=True)
try:
    (d / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
(d / "b.py").write_bytes(b"x = 1\n")
(d / "a.py").touch()
print(sorted(x.name for x in d.iterdir()), sorted(x.name for x in d.glob("*.py")), (d / "b.py").read_bytes())
print(sorted(str(x.relative_to(d)) for x in d.rglob("*")))
moved = (d / "a.py").rename(d / "c.py")
print(moved.name, (d / "a.py").exists(), moved.resolve() == moved, Path("rel").absolute().is_absolute())
try:
    (d / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
(d / "missing.txt").unlink(missing_ok=True)
for x in [f, d / "b.py", moved]:
    x.unlink()
(d / "sub" / "deep").rmdir()
(d / "sub").rmdir()
d.rmdir()
print(d.exists(), Path.cwd() == Path(os.getcwd()))
print(Path("a") <= Path("a"), Path("b") > Path("a/z"), Path("/x") >= Path("a"))
try:
    Path("a") < "b"
except TypeError as e:
    print("TypeError:", e)
