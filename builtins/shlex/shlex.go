// Package shlex is spindle's shlex module, written in Python
// (shlex.py): CPython's shell-like lexer class shlex (posix and
// punctuation_chars modes, comments, source inclusion), split, quote
// and join.
package shlex

// This file embeds the source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed shlex.py
var source string

// Module is the shlex module. Members:
//
//	split(s, comments=False, posix=True), quote(s), join(split_command)
//	shlex(instream=None, infile=None, posix=False, punctuation_chars=False)
var Module = &core.Module{Name: "shlex", Source: source}
