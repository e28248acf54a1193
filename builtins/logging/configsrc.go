package logging

// This file embeds logging.config (config.py) and defines the helper it
// reads the loggers made so far with.

import (
	_ "embed"
	"sort"

	"go.starlark.net/starlark"
)

// Config is the source of logging.config: dictConfig.
//
//go:embed config.py
var Config string

// ConfigHelpers are the names config.py reads that Python code cannot:
// _logger_names(), the sorted names of the loggers made so far (what
// CPython's logging.root.manager.loggerDict holds).
var ConfigHelpers = starlark.StringDict{
	"_logger_names": starlark.NewBuiltin("_logger_names", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		st := stateOf(thread)
		names := make([]string, 0, len(st.loggers))
		for name := range st.loggers {
			names = append(names, name)
		}
		sort.Strings(names)
		list := make([]starlark.Value, len(names))
		for i, n := range names {
			list[i] = starlark.String(n)
		}
		return starlark.NewList(list), nil
	}),
}
