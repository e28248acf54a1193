// Package py is spindle's Python object model: the values a script's
// classes, instances and exceptions are, and what Python says about
// them. It holds classes (Class, with a C3 MRO, cached facts and native,
// user and exception kinds), the object root and its slot wrappers,
// instances of user classes with their attribute dicts (Attrs,
// AttrDict), instances of subclasses of the builtin data types (class
// Stack(list)), which hold the base type's value (Base), attribute lookup, descriptors (property, staticmethod,
// classmethod, super), operators and container protocols, metaclass
// hooks (Meta), generic aliases (list[int]) and unions (int | None,
// typing.Optional[int]), comparisons across types, cells, and
// exceptions as values: the builtin exception classes, Exception, the
// mapping of the VM's error messages to CPython's exceptions and words
// (ToException), and e.__traceback__. Repr, Str and TypeName are
// Python's repr, str and type names for every Starlark value.
//
// The name says what the package is: Python's values, as package
// pyast is Python's syntax and pyrt the runtime half of its lowering.
// py.TypeError, py.Raisef and py.Object read as Python's TypeError,
// raise and object.
//
// The package does not import the runtime (package core, which runs
// script threads under a GIL): core imports it. What the object model
// needs of the runtime, it asks through Host, which it reaches from a
// *starlark.Thread's local (HostOf): the thread in which to call a
// special method when a Starlark interface gives none (hashing,
// comparison, truth), and each Interpreter's recursion limit and
// int-digit limit (limits.go). Messages that need the front-end's
// SourceMap (a bad call's qualified name, a float division by zero)
// get it from the caller (Exception.RefineCallError); the traceback
// package keeps the SourceMaps.
//
// Values that belong to an Interpreter are guarded by its GIL.
package py
