# The second half of spindle's doctest, after parser.py (the two files are
# one module): running DocTests, checking and reporting their output.

# ---------------------------------------------------------------- runner

class DocTestRunner:
    """Runs DocTests, reports failures (through out, sys.stdout's write by
    default) and keeps the counts that summarize() prints."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n" +
            _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        ns = _namespace()
        examplenum = -1
        for example in test.examples:
            examplenum += 1
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            for flag in example.options:
                if example.options[flag]:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            exception = None
            try:
                _exec(ns, test.globs, example.source, filename, _display)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                exception = exc
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = "failure"
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = "success"
            else:
                exc_msg = _exception_only(exception)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = "boom"
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = "success"
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = "success"
            if outcome == "success":
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == "failure":
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     (type(exception), exception, exception.__traceback__))
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples; returns TestResults(failed, attempted)."""
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self._run_examples(test, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Prints the counts of every test run so far; returns
        TestResults(failed, attempted) over them all."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name in self._name2ft:
            f, t = self._name2ft[name]
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, ft in failed:
                print(" %3d of %3d in %s" % (ft[0], ft[1], thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name in other._name2ft:
            f, t = other._name2ft[name]
            if name in self._name2ft:
                f2, t2 = self._name2ft[name]
                f = f + f2
                t = t + t2
            self._name2ft[name] = (f, t)


class OutputChecker:
    """Compares an example's expected output with what it printed."""

    def check_output(self, want, got, optionflags):
        got = _to_ascii(got)
        want = _to_ascii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = "\n".join([_unmark_blank(line) for line in want.split("\n")])
            got = "\n".join(["" if line.strip() == "" else line for line in got.split("\n")])
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            lines = got.split("\n")
            for i in range(len(lines) - 1):
                if lines[i].strip(" ") == "":
                    lines[i] = BLANKLINE_MARKER
            got = "\n".join(lines)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


def _unmark_blank(line):
    if line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == "":
        return ""
    return line


class DocTestFailure(Exception):
    """What DebugRunner raises for an example whose output differs."""

    def __init__(self, test, example, got):
        Exception.__init__(self, test, example, got)
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """What DebugRunner raises for an example that raised unexpectedly."""

    def __init__(self, test, example, exc_info):
        Exception.__init__(self, test, example, exc_info)
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A DocTestRunner that raises at the first failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples of module m (__main__ by default) and of what it
    defines; prints a summary if report; returns TestResults."""
    global master
    if m is None:
        m = __import__("__main__")
    if not _is_module(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Runs the examples of f's docstring (not of what f holds)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCase uses when it has none of its
    own; returns the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        new = _SpoofOut()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        failures, tries = runner.run(test, out=new.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = "unknown line number"
        else:
            lineno = "%s" % test.lineno
        lname = test.name.split(".")[-1]
        return "Failed doctest test for %s\n  File \"%s\", line %s, in %s\n\n%s" % (
            test.name, test.filename, lineno, lname, err)

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split(".")
        return "%s (%s)" % (name[-1], ".".join(name[:-1]))

    def __str__(self):
        return self.__repr__()

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


def _normalize_module(module):
    if module is None:
        return __import__("__main__")
    if isinstance(module, str):
        return __import__(module, None, None, ["*"])
    if _is_module(module):
        return module
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of module's doctests (module: a module, its name,
    or None for __main__): one DocTestCase per docstring with examples.
    options go to DocTestCase (setUp, tearDown, optionflags, checker)."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            test.filename = _module_file(module)
        suite.addTest(DocTestCase(test, **options))
    return suite
