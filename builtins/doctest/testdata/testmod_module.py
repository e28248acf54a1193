# testmod and DocTestFinder on an imported module.
import doctest
import shapes

for test in doctest.DocTestFinder().find(shapes):
    print(test.name, test.lineno, len(test.examples), test.filename.endswith("shapes.py"))
print(doctest.testmod(shapes))
print(doctest.testmod(shapes, report=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
for test in doctest.DocTestFinder(exclude_empty=False).find(shapes.Square):
    print(test.name, test.lineno, len(test.examples))
