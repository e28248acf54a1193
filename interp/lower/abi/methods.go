package abi

// Methods lists the methods whose calls x.m(...) are lowered to
// __sp_method(x, "m", ...): the ones Starlark lacks or words differently
// (its join, strip, upper, startswith... know bytes and ASCII only).
var Methods = []string{"format", "sort", "reverse", "count", "copy", "center",
	"ljust", "rjust", "zfill", "swapcase", "casefold", "isdigit", "isnumeric",
	"isdecimal", "isalnum", "isspace", "index", "find", "rfind", "rindex", "split", "rsplit",
	"title", "capitalize", "expandtabs", "partition", "rpartition", "splitlines",
	"isupper", "islower", "istitle", "pop", "popitem", "remove", "update", "setdefault", "fromkeys",
	"clear", "removeprefix", "removesuffix", "keys", "values", "items", "isdisjoint", "encode", "decode", "format_map",
	"bit_length", "is_integer", "startswith", "endswith", "strip", "lstrip", "rstrip", "join",
	"upper", "lower", "translate", "maketrans", "isidentifier", "isprintable", "isascii", "conjugate", "extend", "hex", "replace",
	"isalpha", "to_bytes", "from_bytes", "bit_count", "as_integer_ratio", "fromhex", "get",
	// The special methods of the builtin values (x.__add__(y), s.__len__()),
	// which go.starlark.net's values lack; __init__, __new__ and
	// __init_subclass__, called on super() in hot paths, keep the VM's path.
	"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
	"__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__divmod__", "__rdivmod__",
	"__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__", "__rlshift__",
	"__rshift__", "__rrshift__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
	"__iadd__", "__imul__", "__ior__", "__iand__", "__isub__", "__ixor__",
	"__len__", "__iter__", "__reversed__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
	"__repr__", "__str__", "__format__", "__hash__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__",
	"__int__", "__float__", "__index__", "__bytes__", "__trunc__", "__floor__", "__ceil__", "__round__",
	"__getattribute__", "__setattr__", "__delattr__", "__dir__", "__getstate__", "__getnewargs__",
	"__reduce__", "__reduce_ex__", "__sizeof__", "__alloc__", "__getformat__", "__class_getitem__"}

// DunderAttrs lists the attributes whose loads x.a are lowered to
// __sp_dunder(x, "a") (Starlark functions and numbers have none; a
// class's __dict__ and a function's __isabstractmethod__ are found there).
var DunderAttrs = []string{"__name__", "__qualname__", "__doc__", "__module__",
	"real", "imag", "numerator", "denominator", "__dict__", "__isabstractmethod__", "__class__",
	"__annotations__", "__defaults__", "__kwdefaults__", "__code__"}
