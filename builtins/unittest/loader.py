# The third part of the unittest module (see case.py): the loader, test
# discovery and main (TestProgram), which python -m unittest runs with
# module=None. unittest.go joins the three.

import os


def _fnmatch(name, pattern):
    """fnmatch.fnmatchcase: shell wildcards *, ? and [...]."""
    import re
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and "]" in pattern[i + 1:] + pattern[i:i + 1]:
            j = pattern.index("]", i + 1 if pattern[i:i + 1] == "]" else i)
            body = pattern[i:j].replace("\\", "\\\\")
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body + "]")
            i = j + 1
        else:
            out.append(re.escape(c))
    return re.fullmatch("".join(out), name) is not None


class _FailedTest(TestCase):
    """A test that reports an error of loading: a module that failed to
    import, a name that is not there."""
    __module__ = "unittest.loader"

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        self._testMethodName = method_name
        self._cleanups = []
        self._result = None
        self._sp_subtest_failed = False
        self._testMethodDoc = None

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'_FailedTest' object has no attribute '%s'" % name)
        exc = self._exception

        def testFailure():
            raise exc
        return testFailure


def _make_skipped_test(methodname, exception, suiteClass):
    """The test that reports a module skipped by raising SkipTest when
    imported."""
    @skip(str(exception))
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (TestCase,), {methodname: testSkipped, "__module__": "unittest.loader"})
    return suiteClass((TestClass(methodname),))


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suiteClass):
    message = "Failed to import test module: %s\n%s" % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _is_identifier_file(basename):
    import re
    return re.fullmatch(r"[_a-z]\w*\.py", basename, re.IGNORECASE) is not None


class TestLoader:
    __module__ = "unittest.loader"

    testMethodPrefix = "test"
    sortTestMethodsUsing = None
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []
        self._top_level_dir = None
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, "runTest"):
            testCaseNames = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in testCaseNames])

    def loadTestsFromModule(self, module, pattern=None):
        tests = []
        names = _module_names(module)
        for name in names:
            obj = _module_attr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = _module_attr(module, "load_tests")
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, _module_attr(obj, part)
            if obj is None:
                if getattr(parent, "__path__", None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                msg = "module '%s' has no attribute '%s'" % (getattr(parent, "__name__", "?"), part)
                if isinstance(parent, type):
                    msg = "type object '%s' has no attribute '%s'" % (parent.__name__, part)
                error_case, error_message = _make_failed_test(
                    part, AttributeError(msg), self.suiteClass,
                    "Failed to access attribute:\n" + msg)
                self.errors.append(error_message)
                return error_case
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite) or isinstance(obj, TestCase):
            return obj
        if isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj):
            return self.suiteClass([parent(parts[-1])])
        if not isinstance(obj, type) and not callable(obj) and hasattr(obj, "__name__"):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = []
        for name in dir(testCaseClass):
            if not name.startswith(prefix) or not callable(getattr(testCaseClass, name)):
                continue
            if self.testNamePatterns is not None:
                full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
                if not any([_fnmatch(full, p) for p in self.testNamePatterns]):
                    continue
            names.append(name)
        return sorted(names)

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        is_not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                is_not_importable = not os.path.isfile(os.path.join(start_dir, "__init__.py"))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                is_not_importable = True
            else:
                start_dir = os.path.dirname(sys.modules[start_dir].__file__)
        if is_not_importable:
            raise ImportError("Start directory is not importable: %r" % start_dir)
        return self.suiteClass(self._find_tests(start_dir, pattern))

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return "."
        path = os.path.splitext(os.path.normpath(path))[0]
        top = self._top_level_dir
        rel = path[len(top) + 1:] if path.startswith(top + "/") else path
        if rel.startswith(".."):
            raise AssertionError("Path must be within the project")
        return rel.replace("/", ".")

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        found = []
        name = self._get_name_from_path(start_dir)
        if name != "." and name not in self._loading_packages:
            tests, should_recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                found.append(tests)
            if not should_recurse:
                return found
        for path in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, path)
            tests, should_recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                found.append(tests)
            if should_recurse:
                name = self._get_name_from_path(full_path)
                self._loading_packages.add(name)
                found.extend(self._find_tests(full_path, pattern))
                self._loading_packages.discard(name)
        return found

    def _find_test_path(self, full_path, pattern):
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _is_identifier_file(basename) or not _fnmatch(basename, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except Exception:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(full_path) or not os.path.isfile(os.path.join(full_path, "__init__.py")):
            return None, False
        name = self._get_name_from_path(full_path)
        try:
            package = self._get_module_from_name(name)
        except Exception:
            error_case, error_message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(error_message)
            return error_case, False
        load_tests = getattr(package, "load_tests", None)
        self._loading_packages.add(name)
        tests = self.loadTestsFromModule(package, pattern=pattern)
        self._loading_packages.discard(name)
        return tests, load_tests is None


defaultTestLoader = TestLoader()


def _module_names(module):
    if isinstance(module, dict):
        return sorted(module.keys())
    return dir(module)


def _module_attr(module, name):
    if isinstance(module, dict):
        return module.get(name)
    return getattr(module, name, None)


def _convert_name(name):
    """A test file's path (tests/test_x.py) as a module name."""
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel = name[len(os.getcwd()) + 1:] if name.startswith(os.getcwd() + "/") else name
            if os.path.isabs(rel) or rel.startswith(".."):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


_MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


# _DISCOVER_OPTIONS names discover's options as argparse's errors do.
_DISCOVER_OPTIONS = {}
for _names in (("-s", "--start-directory"), ("-p", "--pattern"), ("-t", "--top-level-directory")):
    for _name in _names:
        _DISCOVER_OPTIONS[_name] = "/".join(_names)


def _help_parsers(prog, failfast, buffer):
    """CPython's argument parsers of unittest.main, for -h: the main one
    and discover's."""
    import argparse
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2, help="Verbose output")
    parent.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0, help="Quiet output")
    parent.add_argument("--locals", dest="tb_locals", action="store_true", help="Show local variables in tracebacks")
    if failfast is None:
        parent.add_argument("-f", "--failfast", dest="failfast", action="store_true", help="Stop on first fail or error")
    parent.add_argument("-c", "--catch", dest="catchbreak", action="store_true", help="Catch Ctrl-C and display results so far")
    if buffer is None:
        parent.add_argument("-b", "--buffer", dest="buffer", action="store_true", help="Buffer stdout and stderr during tests")
    parent.add_argument("-k", dest="testNamePatterns", action="append", help="Only run tests which match the given substring")
    main = argparse.ArgumentParser(prog=prog, parents=[parent])
    main.add_argument("tests", nargs="*", help="a list of any number of test modules, classes and test methods.")
    discover = argparse.ArgumentParser(prog="%s discover" % prog, parents=[parent],
                                       epilog="For test discovery all test modules must be importable from the top level directory of the project.")
    discover.add_argument("-s", "--start-directory", dest="start", help="Directory to start discovery ('.' default)")
    discover.add_argument("-p", "--pattern", dest="pattern", help="Pattern to match tests ('test*.py' default)")
    discover.add_argument("-t", "--top-level-directory", dest="top", help="Top level directory of project (defaults to start directory)")
    for arg in ("start", "pattern", "top"):
        discover.add_argument(arg, nargs="?", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return main, discover


class TestProgram:
    """unittest.main(): loads the tests of a module (__main__ by default),
    runs them and exits with CPython's status. With module=None (python
    -m unittest) it loads the named tests, or discovers them."""
    __module__ = "unittest.main"

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, tb_locals=False):
        if module == "__main__":
            module = _main_globals()
        elif isinstance(module, str):
            name = module
            module = __import__(name)
            for part in name.split(".")[1:]:
                module = getattr(module, part)
        self.module = module
        if argv is None:
            argv = sys.argv
        self.progName = os.path.basename(argv[0]) if argv else "python -m unittest"
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self._given_failfast, self._given_buffer = failfast, buffer
        self._discovering = False
        if warnings is None and not sys.warnoptions:
            # DeprecationWarnings show even though ignored by default
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.exit = exit
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNamePatterns = None
        self.tests = []
        self.parseArgs(argv)
        if self.module is not None or self.tests:
            if self.tests:
                self.testNames = [_convert_name(n) for n in self.tests]
            elif defaultTest is None:
                self.testNames = None
            elif isinstance(defaultTest, str):
                self.testNames = [defaultTest]
            else:
                self.testNames = list(defaultTest)
            self.createTests()
        self.runTests()

    def _usage_error(self, msg):
        """An error in the arguments: CPython's usage (discover's while
        parsing its arguments) and message, exit 2."""
        prog = sys.argv[0] if self.module is None else self.progName
        main, discover = _help_parsers(prog, self._given_failfast, self._given_buffer)
        parser = discover if self._discovering else main
        sys.stderr.write(parser.format_usage())
        sys.stderr.write("%s: error: %s\n" % (parser.prog, msg))
        sys.exit(2)

    def _print_help(self, discovery=False):
        """-h: CPython's help, then exit 0."""
        prog = sys.argv[0] if self.module is None else self.progName
        main, discover = _help_parsers(prog, self._given_failfast, self._given_buffer)
        if discovery:
            discover.print_help()
        elif self.module is None:
            print(main.format_help())
            print(_MAIN_EXAMPLES % {"prog": prog})
            discover.print_help()
        else:
            print(main.format_help())
            print(_MODULE_EXAMPLES % {"prog": prog})
        sys.exit(0)

    def _option_known(self, arg):
        return arg in ("-v", "--verbose", "-q", "--quiet", "-f", "--failfast", "-c", "--catch",
                       "-b", "--buffer", "--locals", "-k")

    def _option(self, arg, args):
        """Applies a common option; returns False if arg is not one."""
        if arg in ("-v", "--verbose"):
            self.verbosity = 2
        elif arg in ("-q", "--quiet"):
            self.verbosity = 0
        elif arg in ("-f", "--failfast"):
            self.failfast = True
        elif arg in ("-b", "--buffer"):
            self.buffer = True
        elif arg in ("-c", "--catch", "--locals"):
            pass
        elif arg in ("-k",):
            if not args:
                self._usage_error("argument -k: expected one argument")
            pat = args.pop(0)
            if "*" not in pat:
                pat = "*%s*" % pat
            if self.testNamePatterns is None:
                self.testNamePatterns = []
            self.testNamePatterns.append(pat)
        else:
            return False
        return True

    def parseArgs(self, argv):
        args = list(argv[1:])
        if self.module is None and args and args[0].lower() == "discover":
            self._do_discovery(args[1:])
            return
        extras = []
        run = "before"  # argparse takes the tests from one run of positionals
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                self._print_help()
            if self._option(arg, args) or arg.startswith("-") and arg != "-":
                if not self._option_known(arg):
                    extras.append(arg)
                if run == "in":
                    run = "after"
            elif run == "after":
                extras.append(arg)
            else:
                self.tests.append(arg)
                run = "in"
        if extras:
            self._usage_error("unrecognized arguments: %s" % " ".join(extras))
        if self.module is None and not self.tests:
            self._do_discovery([])

    def _do_discovery(self, args):
        self._discovering = True
        start, pattern, top = ".", "test*.py", None
        positional = []
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                self._print_help(discovery=True)
            if self._option(arg, args):
                continue
            if arg in ("-s", "--start-directory", "-p", "--pattern", "-t", "--top-level-directory"):
                if not args:
                    self._usage_error("argument %s: expected one argument" % _DISCOVER_OPTIONS[arg])
                value = args.pop(0)
                if arg in ("-s", "--start-directory"):
                    start = value
                elif arg in ("-p", "--pattern"):
                    pattern = value
                else:
                    top = value
            elif arg.startswith("-"):
                self._usage_error("unrecognized arguments: %s" % arg)
            else:
                positional.append(arg)
        if len(positional) > 3:
            self._usage_error("unrecognized arguments: %s" % " ".join(positional[3:]))
        if len(positional) > 0:
            start = positional[0]
        if len(positional) > 1:
            pattern = positional[1]
        if len(positional) > 2:
            top = positional[2]
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(start, pattern, top)

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = TextTestRunner
        if isinstance(testRunner, type):
            try:
                try:
                    testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                            warnings=self.warnings)
                except TypeError:  # a runner that takes no warnings argument
                    testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer)
            except TypeError:  # a runner that takes no such arguments
                testRunner = testRunner()
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
