"""spindle's unittest: TestCase, TestSuite, TestLoader, TestResult,
TextTestRunner and main, printing what CPython 3.11's unittest prints.
Written for spindle (not copied from CPython), in the Python subset
spindle runs."""

import io
import sys
import time
import traceback

__unittest = True

_FILE = "<frozen unittest>"


class SkipTest(Exception):
    """Raise to skip a test."""
    __module__ = "unittest.case"


class _ExpectedFailure(Exception):
    def __init__(self, exc):
        Exception.__init__(self)
        self.exc = exc


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test (a class or a function)."""
    def decorator(test_item):
        if isinstance(test_item, type):
            test_item.__unittest_skip__ = True
            test_item.__unittest_skip_why__ = reason
            return test_item

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        return skip_wrapper
    if callable(reason) and not isinstance(reason, str):
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    if isinstance(test_item, type):
        test_item.__unittest_expecting_failure__ = True
        return test_item

    def expected_wrapper(*args, **kwargs):
        try:
            test_item(*args, **kwargs)
        except SkipTest:
            raise
        except BaseException as e:
            raise _ExpectedFailure(e)
        raise _UnexpectedSuccess()
    return expected_wrapper


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _format_err(err, test=None):
    """The traceback of err, an (type, value, tb) tuple, without the
    frames of unittest itself, as CPython's TestResult shows it: each
    exception of a chain keeps its "Traceback" header only if frames of
    its own remain."""
    exctype, value, tb = err
    lines = traceback.format_exception(exctype, value, tb)
    mine = '  File "' + _FILE + '"'
    first = 0  # the frames above unittest's first (the runner's callers) go
    for i in range(len(lines)):
        if lines[i].startswith(mine):
            first = i
            break
    kept = []
    header = None
    for i, line in enumerate(lines):
        if line.startswith("Traceback"):
            header = line
        elif line.startswith(mine) or i < first and line.startswith("  File "):
            continue
        elif line.startswith("  File "):
            if header is not None:
                kept.append(header)
                header = None
            kept.append(line)
        else:
            header = None
            kept.append(line)
    return "".join(kept)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self.test_case._fail(self.msg, "%s not raised by %s" % (exc_name, self.obj_name))
            else:
                self.test_case._fail(self.msg, "%s not raised" % exc_name)
        if not issubclass(exc_type, self.expected):
            return False
        # kept without its traceback, as CPython keeps it
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        import re
        pattern = self.expected_regex
        if not re.search(pattern, str(exc_value)):
            self.test_case._fail(self.msg, '"%s" does not match "%s"' % (pattern, str(exc_value)))
        return True

    def handle(self, name, args, kwargs):
        if not args:
            if kwargs:
                self.msg = kwargs.pop("msg", None)
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _AssertWarnsContext:
    """assertWarns and assertWarnsRegex as context managers: warnings of
    the expected category issued inside are recorded, not printed; the
    matching one is kept as warning, with its filename and lineno."""

    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.warning = None

    def __enter__(self):
        import warnings
        self._manager = warnings.catch_warnings(record=True)
        self.warnings = self._manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None:
                import re
                if not re.search(self.expected_regex, str(w)):
                    continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return False
        if first_matching is not None:
            pattern = getattr(self.expected_regex, "pattern", self.expected_regex)
            self.test_case._fail(self.msg, '"%s" does not match "%s"' % (pattern, first_matching))
        self.test_case._fail(self.msg, "%s not triggered" % self.expected.__name__)

    def handle(self, args, kwargs):
        if not args:
            return self
        callable_obj = args[0]
        with self:
            callable_obj(*args[1:], **kwargs)


class _LoggingWatcher:
    def __init__(self):
        self.records = []
        self.output = []


_capturing_handler = None


def _capturing_handler_class(logging):
    """assertLogs's handler, CPython's _CapturingHandler: it keeps each
    record and its formatted line. Made on the first assertLogs, so
    that importing unittest doesn't import logging."""
    global _capturing_handler
    if _capturing_handler is None:
        class _CapturingHandler(logging.Handler):
            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher()

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                msg = self.format(record)
                self.watcher.output.append(msg)

        _capturing_handler = _CapturingHandler
    return _capturing_handler


class _AssertLogsContext:
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = level
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        self.logging = logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        if self.level:
            self.levelno = logging.getLevelName(self.level) if isinstance(self.level, str) else self.level
        else:
            self.levelno = logging.INFO
        handler = _capturing_handler_class(logging)()
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        handler.setLevel(self.levelno)
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        for h in self.old_handlers:
            logger.removeHandler(h)
        logger.addHandler(handler)
        logger.setLevel(self.levelno)
        logger.propagate = False
        if self.no_logs:
            return None
        return self.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for h in self.old_handlers:
            logger.addHandler(h)
        logger.setLevel(self.old_level)
        logger.propagate = self.old_propagate
        if exc_type is not None:
            return False
        name = self.logging.getLevelName(self.levelno)
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self.test_case._fail(None, "Unexpected logs found: %r" % self.watcher.output)
        elif len(self.watcher.records) == 0:
            self.test_case._fail(None, "no logs of level %s or higher triggered on %s" % (name, logger.name))
        return False


class _SubTest:
    __module__ = "unittest.case"

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[%s]" % self._message)
        if self.params:
            parts.append("(" + ", ".join(["%s=%r" % (k, v) for k, v in self.params.items()]) + ")")
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params
        self.parent = None
        self.sub = None

    def __enter__(self):
        # A nested subTest's parameters are its own, then its parents'
        # (CPython's _OrderedChainMap).
        self.parent = getattr(self.test_case, "_subtest", None)
        params = dict(self.params)
        if self.parent is not None:
            for k, v in self.parent.params.items():
                if k not in params:
                    params[k] = v
        self.sub = _SubTest(self.test_case, self.msg, params)
        self.test_case._subtest = self.sub
        return None

    def __exit__(self, exc_type, exc_value, tb):
        self.test_case._subtest = self.parent
        result = self.test_case._result
        if result is None or exc_type is None:
            if exc_type is None and result is not None and hasattr(result, "addSubTest"):
                if getattr(result, "_sp_reports_subtest_success", False):
                    result.addSubTest(self.test_case, self.sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            result.addSkip(self.sub, str(exc_value))
            self.test_case._sp_subtest_failed = True  # the test is no success, as in CPython
            return True
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        result.addSubTest(self.test_case, self.sub, (exc_type, exc_value, tb))
        self.test_case._sp_subtest_failed = True
        return True


class TestCase:
    __module__ = "unittest.case"

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._result = None
        self._subtest = None
        self._sp_subtest_failed = False
        self._testMethodDoc = None
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        if hasattr(self, methodName):
            self._testMethodDoc = getattr(getattr(self, methodName), "__doc__", None)

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        if not hasattr(cls, "_sp_class_cleanups"):
            cls._sp_class_cleanups = []
        cls._sp_class_cleanups.append((function, args, kwargs))

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def _call(self, result, fn):
        """Runs fn and reports its exception; returns True if it passed."""
        try:
            fn()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
        except _ExpectedFailure as e:
            result.addExpectedFailure(self, (type(e.exc), e.exc, e.exc.__traceback__))
            self._sp_expected = True
        except _UnexpectedSuccess:
            result.addUnexpectedSuccess(self)
            self._sp_expected = True
        except BaseException as e:
            err = (type(e), e, e.__traceback__)
            if isinstance(e, self.failureException):
                result.addFailure(self, err)
            else:
                result.addError(self, err)
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            cls = self.__class__
            if getattr(cls, "__unittest_skip__", False):
                result.addSkip(self, getattr(cls, "__unittest_skip_why__", ""))
                return result
            self._result = result
            self._sp_expected = False
            self._sp_subtest_failed = False
            method = getattr(self, self._testMethodName)
            if self._call(result, self.setUp):
                expecting = getattr(cls, "__unittest_expecting_failure__", False)
                ok = self._call(result, method)
                if expecting and not self._sp_expected:
                    if ok and not self._sp_subtest_failed:
                        result.addUnexpectedSuccess(self)
                        ok = False
                    self._sp_expected = True
                tore = self._call(result, self.tearDown)
                clean = self.doCleanups(result)
                if ok and tore and clean and not self._sp_expected and not self._sp_subtest_failed:
                    result.addSuccess(self)
            else:
                self.doCleanups(result)
            return result
        finally:
            self._result = None
            result.stopTest(self)

    def doCleanups(self, result=None):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()

            def call():
                function(*args, **kwargs)
            if result is None:
                call()
            elif not self._call(result, call):
                ok = False
        return ok

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # assertions

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _fail(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(msg, "%s is not false" % safe_repr(expr))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(msg, _equal_message(self, first, second))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(msg, "%s == %s" % (safe_repr(first), safe_repr(second)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail(msg, "unexpectedly identical: %s" % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(msg, "%s is not None" % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail(msg, "unexpectedly None")

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(msg, "%s is not an instance of %r" % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(msg, "%s is an instance of %r" % (safe_repr(obj), cls))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._fail(msg, standardMsg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self._fail(msg, standardMsg)

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = _count_diff(first_seq, second_seq)
        if differences:
            standardMsg = "Element counts were not equal:\n"
            lines = ["First has %d, Second has %d:  %r" % diff for diff in differences]
            self._fail(msg, standardMsg + "\n".join(lines))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertWarnsContext(expected_warning, self, None, msg).handle(args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertWarnsContext(expected_warning, self, expected_regex, msg).handle(args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, True)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self._fail(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self._fail(msg, "Regex matched: %r matches %r in %r" % (text[m.start():m.end()], unexpected_regex, text))

    def _assertTyped(self, first, second, msg, kind, what):
        if not isinstance(first, kind):
            self.fail(self._formatMessage(msg, "First %s is not a %s: %s" % (what, kind.__name__, safe_repr(first))))
        if not isinstance(second, kind):
            self.fail(self._formatMessage(msg, "Second %s is not a %s: %s" % (what, kind.__name__, safe_repr(second))))

    def assertListEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, list)

    def assertTupleEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, tuple)

    def assertDictEqual(self, first, second, msg=None):
        self.assertIsInstance(first, dict, "First argument is not a dictionary")
        self.assertIsInstance(second, dict, "Second argument is not a dictionary")
        if first != second:
            self._fail(msg, _equal_message(self, first, second))

    def assertSetEqual(self, first, second, msg=None):
        standardMsg = _set_message(first, second)
        if standardMsg:
            self._fail(msg, standardMsg)

    def assertSequenceEqual(self, first, second, msg=None, seq_type=None):
        if seq_type is not None:
            self._assertTyped(first, second, msg, seq_type, "sequence")
        if first != second:
            name = "sequence" if seq_type is None else seq_type.__name__
            self._fail(msg, _sequence_message(self, first, second, name))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            self._fail(msg, _multiline_message(self, first, second))

    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            import warnings
            warnings.warn("Please use {0} instead.".format(original_func.__name__), DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        return deprecated_func

    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)


def _count_diff(actual, expected):
    result = []
    seen = []
    for elem in actual + expected:
        if elem in seen:
            continue
        seen.append(elem)
        cnt_s = len([x for x in actual if x == elem])
        cnt_t = len([x for x in expected if x == elem])
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    return result


class FunctionTestCase(TestCase):
    __module__ = "unittest.case"

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)


