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
	"isalpha", "to_bytes", "from_bytes", "bit_count", "as_integer_ratio", "fromhex"}

// DunderAttrs lists the attributes whose loads x.a are lowered to
// __sp_dunder(x, "a") (Starlark functions and numbers have none; a
// class's __dict__ and a function's __isabstractmethod__ are found there).
var DunderAttrs = []string{"__name__", "__qualname__", "__doc__", "__module__",
	"real", "imag", "numerator", "denominator", "__dict__", "__isabstractmethod__"}
