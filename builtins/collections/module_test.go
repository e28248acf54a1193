package collections_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
)

var modules = starlark.StringDict{"collections": collections.Module}
