// Package graphlib is spindle's graphlib module, written in Python
// (graphlib.py): TopologicalSorter, which hands out the nodes of a
// graph of dependencies in groups that workers can process in parallel,
// and CycleError.
package graphlib

// This file embeds the module's source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed graphlib.py
var source string

// Module is the graphlib module. Members:
//
//	TopologicalSorter(graph=None) (add, prepare, get_ready, is_active,
//	done, static_order)
//	CycleError
var Module = &core.Module{Name: "graphlib", Source: source}
