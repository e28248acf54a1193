package builtins

// This file defines ... (placeholder, to be filled in).

import "go.starlark.net/starlark"

func addInternals(d starlark.StringDict) {}
