# Unexpected exceptions and wrong exception messages, reported with the
# example's traceback. CPython's report includes a frame of doctest.py
# itself; this script leaves such frames out so that the rest compares.
import doctest


def clean(text):
    out, skip = [], None
    for line in text.split("\n"):
        if skip is not None:
            if line.startswith(skip + " "):
                continue
            skip = None
        if 'doctest.py"' in line:
            skip = line[:len(line) - len(line.lstrip())]
            continue
        out.append(line)
    return "\n".join(out)


def fails(n):
    """
    >>> fails(1)
    Traceback (most recent call last):
    ValueError: n is 1
    >>> fails(2)
    Traceback (most recent call last):
    ValueError: n is 1
    >>> fails(3)
    >>> undefined_name
    >>> fails(4)    # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: n is ...
    >>> print("before"); fails(5)
    Traceback (most recent call last):
    ValueError: n is 5
    """
    raise ValueError("n is %d" % n)


text = []
runner = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(fails, "fails", globs={"fails": fails}):
    print(runner.run(test, out=text.append))
print(clean("".join(text)))
print(runner.summarize(verbose=False))

# raise_on_error: the first failure raises.
runner = doctest.DebugRunner(verbose=False)
test = doctest.DocTestParser().get_doctest(">>> 1 + 1\n3\n", {}, "dbg", "dbg.txt", 0)
try:
    runner.run(test)
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.test.name, repr(f.example.source), repr(f.got))
test = doctest.DocTestParser().get_doctest(">>> 1 / 0\n", {}, "dbg2", "dbg.txt", 0)
try:
    runner.run(test)
except doctest.UnexpectedException as f:
    print("UnexpectedException", f.test.name, f.exc_info[0].__name__, f.exc_info[1])

# FAIL_FAST and REPORT_ONLY_FIRST_FAILURE.
src = ">>> 1\n2\n>>> 2\n3\n>>> 3\n3\n"
for flag in (doctest.FAIL_FAST, doctest.REPORT_ONLY_FIRST_FAILURE):
    text = []
    test = doctest.DocTestParser().get_doctest(src, {}, "flags", None, 0)
    print(doctest.DocTestRunner(verbose=False, optionflags=flag).run(test, out=text.append))
    print("".join(text).count("Failed example"))
