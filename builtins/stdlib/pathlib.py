"""pathlib for spindle: POSIX paths as CPython 3.11's pathlib spells them.

PurePath and PurePosixPath compute with paths (/, parent, name, stem,
suffix, parts, with_suffix, relative_to...). Path, whose instances are
PosixPath, also reaches the file system through os and open, so it has
the file grant os has: exists, is_file, is_dir, open, read_text,
write_text, iterdir, glob, mkdir, unlink, rmdir, rename, resolve.
"""

import operator
import os
import re

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    """Returns (root, parts) of the joined path segments args."""
    root, parts = "", []
    for a in args:
        s = os.fspath(a)
        if not isinstance(s, str):
            raise TypeError("argument should be a str or an os.PathLike object "
                            "where __fspath__ returns a str, not %r" % type(a).__name__)
        if s.startswith("/"):
            root, parts = "/", []
            if s.startswith("//") and not s.startswith("///"):
                root = "//"
        parts.extend(p for p in s.split("/") if p and p != ".")
    return root, parts


def _compare(op):
    """An ordering method: op on the paths' parts."""
    def method(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return op(self._key(), other._key())
    return method


class PurePath:
    """A path with no access to the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        self._root, self._parts = _parse(args)

    def _make(self, root, parts):
        p = object.__new__(type(self))
        p._root, p._parts = root, list(parts)
        return p

    def __str__(self):
        return (self._root + "/".join(self._parts)) or "."

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_posix(self):
        return str(self)

    def _key(self):
        return self.parts  # CPython's order: the root sorts as a part

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    __lt__ = _compare(operator.lt)
    __le__ = _compare(operator.le)
    __gt__ = _compare(operator.gt)
    __ge__ = _compare(operator.ge)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._make(self._root, self._parts[:i]) for i in range(len(self._parts) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._root)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(base)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root and len(pat._parts) != len(self._parts) or len(pat._parts) > len(self._parts):
            return False
        return all(_fullmatch(p, n) for p, n in zip(reversed(pat._parts), reversed(self._parts)))


def _fullmatch(pattern, name):
    """Says whether name matches the glob pattern of one component."""
    rx = ""
    for c in pattern:
        rx += ".*" if c == "*" else "." if c == "?" else re.escape(c)
    return re.fullmatch(rx, name, re.DOTALL) is not None


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A path that reaches the file system."""

    def __new__(cls, *args):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    def absolute(self):
        return self if self._root else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.abspath(str(self)))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        self.open("a").close()

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self / name

    def glob(self, pattern):
        for name in sorted(os.listdir(str(self))):
            if _fullmatch(pattern, name):
                yield self / name

    def rglob(self, pattern):
        for name in sorted(os.listdir(str(self))):
            child = self / name
            if _fullmatch(pattern, name):
                yield child
            if child.is_dir():
                yield from child.rglob(pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(str(self), mode)
            else:
                os.mkdir(str(self), mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    pass
