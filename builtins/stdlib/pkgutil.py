"""Utilities to find the modules of packages, as CPython's pkgutil:
iter_modules, walk_packages, get_data, extend_path, ModuleInfo."""

import os
import sys
from collections import namedtuple

__all__ = ["iter_modules", "walk_packages", "get_data", "extend_path", "ModuleInfo"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


class FileFinder:
    """The finder of the modules in one directory."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f"FileFinder({self.path!r})"


def _module_name(filename):
    if filename.endswith(".py"):
        return filename[:-3]
    return None


def _is_package(path):
    try:
        names = os.listdir(path)
    except OSError:
        return False
    return "__init__.py" in names


def _iter_dir(finder, prefix):
    path = finder.path or "."
    if not os.path.isdir(path):
        return
    try:
        filenames = sorted(os.listdir(path))  # packages before same-named modules
    except OSError:
        filenames = []
    yielded = set()
    for fn in filenames:
        modname = _module_name(fn)
        if modname == "__init__" or modname in yielded:
            continue
        ispkg = False
        if not modname and "." not in fn and os.path.isdir(os.path.join(path, fn)):
            if not _is_package(os.path.join(path, fn)):
                continue
            modname, ispkg = fn, True
        if modname and "." not in modname:
            yielded.add(modname)
            yield ModuleInfo(finder, prefix + modname, ispkg)


def iter_modules(path=None, prefix=""):
    """Yields ModuleInfo for the submodules on path (a package's
    __path__), or for the top-level modules on sys.path if path is None."""
    if path is None:
        path = sys.path
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    seen = set()
    for entry in path:
        for info in _iter_dir(FileFinder(entry), prefix):
            if info.name not in seen:
                seen.add(info.name)
                yield info


def walk_packages(path=None, prefix="", onerror=None):
    """Yields ModuleInfo for the modules on path and, recursively, for
    those of each package, importing the packages to find their
    __path__."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                sub = getattr(sys.modules[info.name], "__path__", None) or []
                sub = [p for p in sub if not seen(p)]
                yield from walk_packages(sub, info.name + ".", onerror)


def get_data(package, resource):
    """Returns the bytes of resource, a /-separated path relative to the
    directory of package, or None if the package has no file."""
    __import__(package)
    mod = sys.modules[package]
    if getattr(mod, "__file__", None) is None:
        return None
    parts = resource.split("/")
    path = os.path.join(os.path.dirname(mod.__file__), *parts)
    with open(path, "rb") as f:
        return f.read()


def extend_path(path, name):
    """Returns path, a package's __path__, with the directories named
    name on sys.path that it lacks."""
    if not isinstance(path, list):
        return path
    path = path[:]
    sname = name.rpartition(".")[2]
    for entry in sys.path:
        if not isinstance(entry, str) or not os.path.isdir(entry or "."):
            continue
        subdir = os.path.join(entry, sname) if entry else sname
        if subdir not in path and os.path.isdir(subdir) and name.count(".") == 0:
            path.append(subdir)
    return path
