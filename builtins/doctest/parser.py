"""spindle's doctest: runs the interactive examples of docstrings and
checks that they print what the docstring says, as CPython's doctest
does. Written for spindle.

    testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False)
    run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0)
    DocTestSuite(module=None, globs=None, extraglobs=None,
                 test_finder=None, setUp=None, tearDown=None,
                 optionflags=0, checker=None)

and the classes behind them: Example, DocTest, DocTestParser,
DocTestFinder, DocTestRunner, DebugRunner, OutputChecker, DocTestCase,
with CPython's option flags and directives (# doctest: +ELLIPSIS).

Each example runs as an input at the interactive prompt: in the test's
namespace, which all the test's examples share, with the value of an
expression statement printed by repr. Not in spindle: testfile and
DocFileSuite, the debugger, and the diff reports (REPORT_UDIFF,
REPORT_CDIFF and REPORT_NDIFF print the plain Expected/Got report)."""

import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "run_docstring_examples", "DocTestSuite", "DocTestCase",
    "set_unittest_reportflags",
]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

_FILE = '  File "<frozen doctest>"'


# ---------------------------------------------------------------- text helpers

def _indent(s, indent=4):
    """s with indent spaces before every line that is not empty."""
    lines = s.split("\n")
    pad = " " * indent
    for i in range(len(lines)):
        if lines[i] != "":
            lines[i] = pad + lines[i]
    return "\n".join(lines)


def _exception_traceback(exc):
    """The traceback of exc as print_exception prints it, without
    doctest's own frames."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    kept = [line for line in lines if not line.startswith(_FILE)]
    if len(kept) == 2 and kept[0].startswith("Traceback"):
        kept = kept[1:]
    return "".join(kept)


def _exception_only(exc):
    """The last lines of exc's traceback, from its type name on (for a
    SyntaxError, without the quoted source and carets)."""
    lines = traceback.format_exception_only(type(exc), exc)
    if isinstance(exc, SyntaxError):
        name = type(exc).__qualname__ + ":"
        for i in range(len(lines)):
            if lines[i].startswith(name):
                lines = lines[i:]
                break
    return "".join(lines)


def _ellipsis_match(want, got):
    """Whether got matches want, where ... in want matches any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if not got.startswith(w):
            return False
        startpos = len(w)
        ws = ws[1:]
    w = ws[-1]
    if w:
        if not got.endswith(w):
            return False
        endpos -= len(w)
        ws = ws[:-1]
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    """The bare exception type name of msg (no module, no message)."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _to_ascii(s):
    """s with its non-ASCII characters as backslash escapes."""
    if s.isascii():
        return s
    out = []
    for ch in s:
        n = ord(ch)
        if n < 128:
            out.append(ch)
        elif n < 0x100:
            out.append("\\x%02x" % n)
        elif n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            out.append("\\U%08x" % n)
    return "".join(out)


def _is_blank_or_comment(source):
    """Whether source is one blank or comment line (with its newline)."""
    if source.endswith("\n"):
        source = source[:-1]
    if "\n" in source:
        return False
    s = source.lstrip(" ")
    return s == "" or s.startswith("#")


class _SpoofOut:
    """Collects what examples print (sys.stdout while they run)."""

    encoding = "utf-8"

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        result = "".join(self._parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self._parts = []
        return 0


def _display(value):
    """sys.__displayhook__: an expression statement's value, by repr."""
    sys.stdout.write(repr(value) + "\n")


# ---------------------------------------------------------------- examples

class Example:
    """One interactive example: its source, the output it should print
    (want), the exception message it should raise (exc_msg, or None), its
    line in the docstring (from 0), its indentation and its option
    directives ({flag: True or False})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; use DocTestParser instead")
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = "no examples"
        elif n == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % n
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name,
                                            self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


# ---------------------------------------------------------------- parser

_TRACEBACK_HEADERS = ("Traceback (most recent call last):", "Traceback (innermost last):")


def _exception_message(want):
    """The expected exception message of want, if it is a traceback: the
    text from the first line after the header that starts with a word
    character; else None."""
    lines = want.split("\n")
    if lines[0].rstrip() not in _TRACEBACK_HEADERS:
        return None
    for i in range(1, len(lines)):
        first = lines[i][:1]
        if first != "" and (first.isalnum() or first == "_"):
            return "\n".join(lines[i:])
    return None


def _min_indent(lines):
    """The least indentation of the lines that are not blank."""
    least = None
    for line in lines:
        s = line.lstrip(" ")
        if s.strip() == "":
            continue
        n = len(line) - len(s)
        if least is None or n < least:
            least = n
    return least or 0


class DocTestParser:
    """Finds the examples of a docstring: a line starting with >>> (after
    indentation), the lines starting with ... after it, and the lines
    after those up to a blank line or the next >>> line (the output)."""

    def parse(self, string, name="<string>"):
        """The docstring as a list of text pieces and Examples."""
        string = string.expandtabs()
        lines = string.split("\n")
        indent = _min_indent(lines)
        if indent > 0:
            lines = [line[indent:] for line in lines]
            string = "\n".join(lines)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        starts[-1] = len(string)
        output = []
        charno = 0
        i = 0
        while i < len(lines):
            if not lines[i].lstrip(" ").startswith(">>>"):
                i += 1
                continue
            j = i + 1
            while j < len(lines) and lines[j].lstrip(" ").startswith("..."):
                j += 1
            k = j
            while k < len(lines) and lines[k].strip(" ") != "" and not lines[k].lstrip(" ").startswith(">>>"):
                k += 1
            output.append(string[charno:starts[i]])
            source, options, want, exc_msg = self._parse_example(lines[i:j], lines[j:k], name, i)
            if not _is_blank_or_comment(source):
                margin = len(lines[i]) - len(lines[i].lstrip(" "))
                output.append(Example(source, want, exc_msg, lineno=i,
                                      indent=indent + margin, options=options))
            charno = starts[k]
            i = k
        output.append(string[charno:])
        return output

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def _parse_example(self, source_lines, want_lines, name, lineno):
        indent = len(source_lines[0]) - len(source_lines[0].lstrip(" "))
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join([line[indent + 4:] for line in source_lines])
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join([line[indent:] for line in want_lines])
        exc_msg = _exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i in range(len(lines)):
            line = lines[i]
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i in range(len(lines)):
            line = lines[i]
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent leading whitespace: %r"
                                 % (lineno + i + 1, name, line))

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            directive = _directive(line)
            if directive is None:
                continue
            for option in directive.replace(",", " ").split():
                if option[:1] not in ("+", "-") or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and _is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line with no example: %r"
                             % (lineno, name, source))
        return options


def _directive(line):
    """The options of a '# doctest: ...' comment ending line, or None.
    Like CPython, a directive holds no quote."""
    at = line.find("#")
    while at >= 0:
        rest = line[at + 1:].lstrip()
        if rest.startswith("doctest:"):
            options = rest[len("doctest:"):].lstrip()
            if "'" not in options and '"' not in options:
                return options
        at = line.find("#", at + 1)
    return None


# ---------------------------------------------------------------- finder

def _is_module(obj):
    return isinstance(obj, type(sys))


def _is_class(obj):
    return isinstance(obj, type)


def _is_function(obj):
    return type(obj).__name__ == "function"


def _is_method(obj):
    return type(obj).__name__ == "method"


def _is_routine(obj):
    return type(obj).__name__ in ("function", "method", "builtin_function_or_method")


def _is_property(obj):
    return type(obj).__name__ == "property"


def _doc_of(obj):
    """obj.__doc__ as a str ("" for None or none)."""
    if isinstance(obj, str):
        return obj
    try:
        doc = obj.__doc__
    except (AttributeError, TypeError):
        doc = None
        if _is_property(obj):
            return _doc_of(obj.fget)
    if doc is None:
        return ""
    if not isinstance(doc, str):
        doc = str(doc)
    return doc


def _module_file(module):
    if module is None:
        return None
    try:
        return module.__file__
    except AttributeError:
        return None


def _code_of(obj):
    """The function behind obj (a function, method or property), or None."""
    if _is_method(obj):
        obj = obj.__func__
    if _is_property(obj):
        obj = obj.fget
    if _is_function(obj):
        return obj
    return None


class DocTestFinder:
    """Finds the DocTests of an object: its docstring's, and for a module
    or class those of the functions, classes and methods it defines (and
    of a module's __test__ dict)."""

    def __init__(self, verbose=False, parser=None, recurse=True, exclude_empty=True):
        if parser is None:
            parser = DocTestParser()
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            try:
                name = obj.__name__
            except AttributeError:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = self._module_of(obj)
        source_lines = None
        file = _module_file(module)
        if file is not None:
            source_lines = _source_lines(file) or None
        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = _module_dict(module)
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _module_of(self, obj):
        """The module obj was defined in (inspect.getmodule), or None."""
        if _is_module(obj):
            return obj
        code = _code_of(obj)
        if code is not None:
            at = _where(code)
            return None if at is None else _module_by_file(at[0])
        try:
            modname = obj.__module__
        except AttributeError:
            return None
        if modname == "__main__":
            return __import__("__main__")
        return sys.modules.get(modname)

    def _from_module(self, module, obj):
        """Whether obj was defined in module."""
        if module is None:
            return True
        code = _code_of(obj)
        if code is not None:
            at = _where(code)
            return at is not None and at[0] == _module_file(module)
        if type(obj).__name__ == "builtin_function_or_method":
            return False  # spindle's are Go functions, without examples
        if _is_class(obj):
            return module.__name__ == obj.__module__
        if _is_property(obj):
            return True
        try:
            return module.__name__ == obj.__module__
        except AttributeError:
            return False

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for valname in dir(obj):
                if valname.startswith("__sp_"):
                    continue  # the front-end's, not the module's
                val = getattr(obj, valname)
                if (_is_routine(val) or _is_class(val)) and self._from_module(module, val):
                    self._find(tests, val, "%s.%s" % (name, valname), module, source_lines, globs, seen)
            test_dict = getattr(obj, "__test__", {})
            for valname in test_dict:
                val = test_dict[valname]
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or _is_class(val) or _is_module(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, classes, or modules: %r"
                                     % (type(val),))
                self._find(tests, val, "%s.__test__.%s" % (name, valname), module, source_lines, globs, seen)
        if _is_class(obj):
            for valname, val in _own_attributes(obj):
                if (_is_routine(val) or _is_class(val) or _is_property(val)) and self._from_module(module, val):
                    if _is_method(val):
                        val = val.__func__
                    self._find(tests, val, "%s.%s" % (name, valname), module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = _doc_of(obj)
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = _module_file(module) or module.__name__
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The line (from 0) of obj's docstring in source_lines, or None."""
        lineno = None
        if _is_module(obj):
            lineno = 0
        elif _is_class(obj):
            if source_lines is None:
                return None
            head = "class"
            for i in range(len(source_lines)):
                s = source_lines[i].lstrip()
                if s.startswith(head) and _names_class(s[len(head):], obj.__name__):
                    lineno = i
                    break
        else:
            code = _code_of(obj)
            if code is not None and code.__doc__:
                at = _where(code)
                if at is not None:
                    lineno = at[1] - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        for i in range(lineno, len(source_lines)):
            if _opens_docstring(source_lines[i]):
                return i
        return None


def _module_by_file(file):
    main = __import__("__main__")
    if _module_file(main) == file:
        return main
    for name in list(sys.modules):
        m = sys.modules[name]
        if m is not None and _module_file(m) == file:
            return m
    return None


def _names_class(rest, name):
    """Whether rest (after "class") names class name: optional blanks,
    the name, and no further word character."""
    rest = rest.lstrip()
    if not rest.startswith(name):
        return False
    after = rest[len(name):len(name) + 1]
    return not (after.isalnum() or after == "_")


def _opens_docstring(line):
    """Whether line opens a string: a quote at its start or after a colon,
    past blanks and word characters (a prefix such as r)."""
    starts = [0]
    for i in range(len(line)):
        if line[i] == ":":
            starts.append(i + 1)
    for start in starts:
        s = line[start:].lstrip()
        j = 0
        while j < len(s) and (s[j].isalnum() or s[j] == "_"):
            j += 1
        if s[j:j + 1] in ("'", '"'):
            return True
    return False


def _own_attributes(cls):
    """(name, value) of the attributes cls itself defines (not those it
    inherits unchanged), sorted by name."""
    out = []
    bases = cls.__mro__[1:]
    for name in dir(cls):
        try:
            val = getattr(cls, name)
        except AttributeError:
            continue
        inherited = False
        for base in bases:
            if hasattr(base, name) and _same_attribute(getattr(base, name), val):
                inherited = True
                break
        if not inherited:
            out.append((name, val))
    return out


def _same_attribute(a, b):
    if a is b:
        return True
    if _is_method(a) and _is_method(b):
        return a.__func__ is b.__func__
    return False


def _module_dict(module):
    """A copy of module's globals."""
    d = {}
    for name in dir(module):
        try:
            d[name] = getattr(module, name)
        except AttributeError:
            pass
    d["__name__"] = module.__name__
    return d


