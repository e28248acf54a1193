// Package suggest computes the "Did you mean" trailer that CPython
// 3.11's default sys.excepthook (and threading.excepthook) adds to the
// last line of an uncaught NameError or AttributeError:
//
//	NameError: name 'prnt' is not defined. Did you mean: 'print'?
//
// Best is the algorithm of CPython's Python/suggestions.c: a Levenshtein
// distance over the UTF-8 bytes of the names, where a case flip of an
// ASCII letter costs 1 and any other edit 2, a candidate farther than a
// third of the characters involved is refused, the first best candidate
// wins, and a list of 750 candidates or more gives no suggestion.
//
// Capture computes the trailer of an exception (and of those chained to
// it) when a default hook is about to print it, with the GIL held, and
// stores it in the exception, where traceback.Sources.FormatTraceback
// finds it. Nothing is computed when an exception is raised or caught,
// and traceback.format_exc, format_exception and logging never show it,
// as in CPython 3.11. The candidates are those CPython reads:
//
//   - AttributeError (of that exact class): dir(e.obj), sorted. When the
//     VM raised it about a value it did not keep (obj is None), the
//     attributes of every value of its type (a list, a str...), or of
//     the global the failing x.name reads as x, as it is now.
//   - NameError (exact class): the local variables of the innermost
//     frame's function (co_varnames: parameters, then the other locals
//     in the order the symbol table meets them, captured ones left out),
//     then its module's globals in their dict order, then the builtins
//     in CPython's order. A lambda's locals are its parameters, a
//     comprehension's its own variables.
package suggest
