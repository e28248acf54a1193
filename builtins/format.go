package builtins

// This file defines ... (placeholder, to be filled in).

import "go.starlark.net/starlark"

func addFormatting(d starlark.StringDict) {}
