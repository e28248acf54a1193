# The traceback module's Python half: TracebackException and
# StackSummary, over the native functions (the _names). A
# TracebackException keeps the exception it was made from and formats
# it with format_exception, limited as it was made.
import sys as _sys


class StackSummary(list):
    """A list of FrameSummary objects, which format() renders."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        return _format_list(self)


class TracebackException:
    """An exception ready for rendering, with its chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._str = _safe_string(exc_value)
        self.stack = StackSummary(_extract_tb(exc_traceback, limit=limit) if exc_traceback is not None else [])
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self._chained(exc_value, "__cause__", limit, _seen)
        self.__context__ = self._chained(exc_value, "__context__", limit, _seen)
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                               for e in exc_value.exceptions]
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.end_lineno = getattr(exc_value, "end_lineno", None)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = exc_value.msg

    @staticmethod
    def _chained(exc_value, attr, limit, seen):
        e = getattr(exc_value, attr, None) if exc_value is not None else None
        if e is None or id(e) in seen:
            return None
        return TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type, self._str, self.stack, self.__cause__, self.__context__) == \
                (other.exc_type, other._str, other.stack, other.__cause__, other.__context__)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "None: None\n"
            return
        yield from _format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        if self.exc_type is None:
            yield "None: None\n"
            return
        yield from _format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_string(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"
