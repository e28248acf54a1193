// Package argparse is spindle's argparse module, written in Python
// (argparse.py): ArgumentParser with positionals and options, the
// common actions and nargs, type, choices, defaults, groups, and
// CPython 3.11's usage and help layout (for an 80-column terminal) and
// error messages, which exit with status 2, subparsers, and FileType
// (which opens files through the Interpreter's file grant).
package argparse

// This file embeds the module's source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed argparse.py
var source string

// Module is the argparse module. Members:
//
//	ArgumentParser(prog=None, usage=None, description=None, epilog=None, parents=[],
//	    formatter_class=HelpFormatter, prefix_chars='-', argument_default=None,
//	    add_help=True, allow_abbrev=True, exit_on_error=True)
//	    (.add_subparsers(title, description, prog, parser_class, dest, required,
//	    help, metavar) returns an action whose add_parser(name, aliases, help, ...)
//	    makes a subparser)
//	Namespace(**kwargs), ArgumentError, ArgumentTypeError
//	HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
//	ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter
//	SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER
var Module = &core.Module{Name: "argparse", Source: source}
