"""Get useful information from live Python objects: a subset of CPython's
inspect, for spindle's functions (see the package doc of
builtins/inspect for what differs)."""

import collections
import enum
import sys
import traceback
import types

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
           "isgenerator", "iscoroutinefunction", "iscoroutine", "isawaitable",
           "isbuiltin", "isroutine", "ismethoddescriptor", "isabstract", "isframe",
           "iscode", "istraceback", "getmembers", "getdoc", "cleandoc", "getmodule",
           "getfile", "getsource", "getsourcelines", "currentframe", "stack",
           "signature", "Signature", "Parameter", "BoundArguments", "FrameInfo", "unwrap",
           "getgeneratorstate", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"]


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _plain_function(f):
    while ismethod(f):
        f = f.__func__
    while hasattr(f, "func") and hasattr(f, "args") and hasattr(f, "keywords"):
        f = f.func  # a functools.partial
    return f


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _genfunc(_plain_function(obj))


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator: GEN_CREATED, GEN_RUNNING,
    GEN_SUSPENDED or GEN_CLOSED (spindle's generators have no frame
    before they start, so __sp_finished tells a closed one apart)."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.__sp_finished:
        return GEN_CLOSED
    return GEN_CREATED


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (an async def)."""
    return _corofunc(_plain_function(obj))


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return _iscoro(object)


def isasyncgenfunction(obj):
    return False


def isasyncgen(object):
    return False


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return _iscoro(object) or hasattr(type(object), "__await__")


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", False))


def isframe(object):
    return type(object).__name__ == "frame"


def iscode(object):
    return type(object).__name__ == "code"


def istraceback(object):
    return type(object).__name__ == "traceback"


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _own(cls):
    """The names cls itself defines (builtin classes have no __dict__ in spindle)."""
    return getattr(cls, "__dict__", None) or {}


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = _own(base).get("__doc__")
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        if name in _own(base):
            doc = getattr(_own(base)[name], "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, with its indentation
    cleaned up; a class's or method's is inherited when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    """Work out which source file an object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        if object.__module__ == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    object = _plain_function(object)
    if _isscript(object):
        return _location(object)[0]
    if isframe(object):
        return object.f_code.co_filename
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source:
    getfile's, if that file exists, else None."""
    import os
    filename = getfile(object)
    try:
        if os.path.exists(filename):
            return filename
    except OSError:  # no file grant
        pass
    return None


def getsourcelines(object):
    """Return a list of source lines and starting line number for a function."""
    object = unwrap(_plain_function(object))
    if not _isscript(object):
        if isclass(object) or ismodule(object):
            raise OSError("could not get source code")
        getfile(object)  # raises TypeError for what has no source
        raise OSError("could not get source code")
    filename, lineno = _location(object)
    lines = _source_lines(filename)
    if not lines or lineno > len(lines):
        raise OSError("could not get source code")
    start = lineno - 1
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    return [line + "\n" for line in _block(lines, lineno - 1)], start + 1


def _block(lines, first):
    """The decorators above lines[first], a def or lambda, and its body."""
    start = first
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    head = lines[first]
    indent = len(head) - len(head.lstrip())
    if "lambda" in head and not head.lstrip().startswith("def "):
        return lines[start:first + 1]
    end = first + 1
    last = first
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = end
        end += 1
    return lines[start:last + 1]


def getsource(object):
    """Return the text of the source code for a function or method."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following __wrapped__)."""
    f = func
    memo = {id(f): f}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in memo:
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        memo[id(func)] = func
    return func


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


FrameInfo = collections.namedtuple("FrameInfo", "frame filename lineno function code_context index")


def stack(context=1):
    """Return a list of FrameInfo records for the stack above the caller's
    frame: the caller's first."""
    frame = sys._getframe(1)
    summaries = traceback.extract_stack(frame)
    summaries.reverse()
    records = []
    for summary in summaries:
        if frame is None:
            break
        line = _source_line(summary.filename, summary.lineno)
        code_context = [line + "\n"] if line is not None and context > 0 else None
        records.append(FrameInfo(frame, summary.filename, summary.lineno, summary.name,
                                 code_context, 0 if code_context else None))
        frame = frame.f_back
    return records


def _source_line(filename, lineno):
    lines = _source_lines(filename)
    if lines and 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return None
