"""Python part of the warnings subsystem.

warn() finds its caller with traceback.extract_stack(): the module of a
frame is the one whose __file__ is the frame's file ("<frozen name>"
for spindle's own modules), else __main__. The registries of the
locations already warned about are kept here, per module, rather than
in each module's __warningregistry__. formatwarning() shows the source
line of a location warn() has seen (spindle has no linecache).
"""

import re
import sys
import traceback

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_filters_version = 1
_registries = {}  # module name -> {(text, category, lineno): True}
_lines = {}  # (filename, lineno) -> the source line warn() saw there
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "{}:{}: {}: {}\n".format(msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _lines.get((msg.filename, msg.lineno))
    if line:
        s += "  %s\n" % line.strip()
    return s


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning
_record = None  # the list catch_warnings(record=True) appends to, or None


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    if _record is not None and showwarning is _showwarning_orig:
        _record.append(msg)
        return
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _caller(stacklevel):
    """The file, line and module of the frame stacklevel calls out from
    the function that called _caller's caller."""
    stack = traceback.extract_stack()
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel + 2 > len(stack):
        return "sys", 1, "sys"
    frame = stack[-2 - stacklevel]
    if frame.line:
        _lines[(frame.filename, frame.lineno)] = frame.line
    return frame.filename, frame.lineno, _module_of(frame.filename)


def _module_of(filename):
    if filename.startswith("<frozen ") and filename.endswith(">"):
        return filename[8:-1]
    for name, mod in list(sys.modules.items()):
        if getattr(mod, "__file__", None) == filename:
            return name
    return "__main__"


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _warn_native(category_name, message):
    """The warnings of spindle's native modules (core.Warn), for the
    script code that called the native function."""
    import builtins
    warn(message, getattr(builtins, category_name), stacklevel=2)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = defaultaction, None
    for item in filters:
        act, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if not _first_time(action, item, registry, key, text, category):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _first_time(action, item, registry, key, text, category):
    """Records a warning for action; False if it was shown before."""
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return False
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return False
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    return True


class WarningMessage(object):
    """A warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function; with record=True, __enter__
    returns the list the warnings are recorded in instead of shown."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = _enter_catch(self._record)
        if self._filter is not None:
            simplefilter(*self._filter)
        return _record if self._record else None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        _exit_catch(self._saved)


def _enter_catch(record):
    """Saves the state catch_warnings restores, and starts recording."""
    global _record
    saved = (filters[:], showwarning, _record)
    _filters_mutated()
    if record:
        _record = []
        sys.modules[__name__].showwarning = _showwarning_orig
    return saved


def _exit_catch(saved):
    global _record
    filters[:] = saved[0]
    sys.modules[__name__].showwarning = saved[1]
    _record = saved[2]
    _filters_mutated()
