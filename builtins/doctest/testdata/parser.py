# DocTestParser and DocTest, used directly.
import doctest

text = '''
    Some text.

    >>> x = 1
    >>> if x:
    ...     print("yes")
    yes
    >>> raise KeyError("k")
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    KeyError: 'k'
    >>> print(list(range(20)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    [0, 1, ..., 19]
    >>> # just a comment
    >>> print("tail")  # doctest: -ELLIPSIS
    tail
    <BLANKLINE>
    More text.
'''

parser = doctest.DocTestParser()
for piece in parser.parse(text, "sample"):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print("text", repr(piece))

test = parser.get_doctest(text, {"y": 2}, "sample", "sample.txt", 10)
print(test)
print(len(test.examples), test.globs, test.name, test.filename, test.lineno)
print(doctest.DocTest([], {}, "empty", None, None, ""))
print(doctest.DocTest(test.examples[:1], {}, "one", "f.py", 3, ""))

for bad in ['>>>x = 1\n', '  >>> if 1:\n ...     pass\n', '  >>> 1\n 1\n',
            '>>> 1  # doctest: +NOSUCH\n1\n', '>>> # doctest: +ELLIPSIS\n']:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)

ex = doctest.Example("1", "1")
print(repr(ex.source), repr(ex.want), ex.exc_msg, ex == doctest.Example("1\n", "1\n"))
print(doctest.ELLIPSIS, doctest.SKIP, doctest.REPORT_NDIFF, doctest.FAIL_FAST, doctest.COMPARISON_FLAGS)
print(doctest.register_optionflag("MY_FLAG"), doctest.register_optionflag("MY_FLAG"))

checker = doctest.OutputChecker()
print(checker.check_output("a ... z\n", "a b c z\n", doctest.ELLIPSIS))
print(checker.check_output("a ... z\n", "a b c\n", doctest.ELLIPSIS))
print(checker.check_output("1 2\n", "1   2\n", doctest.NORMALIZE_WHITESPACE))
print(checker.check_output("Ж\n", "Ж\n", 0))
print(checker.check_output("<BLANKLINE>\n", "\n", 0), checker.check_output("<BLANKLINE>\n", "\n", doctest.DONT_ACCEPT_BLANKLINE))
print(checker.output_difference(doctest.Example("f()", "1\n"), "2\n\n3\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")
