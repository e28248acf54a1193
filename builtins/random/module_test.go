package random_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/random"
)

var modules = starlark.StringDict{"random": random.Module}
