package main

// This file defines grants, the one place where the command gives a
// script what python gives it (the file system for imports and open) and
// where --sandbox takes it away.

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/spindle-lang/spindle/interp"
)

// grants fills in what opts lets the script reach, from the command
// line c: what python gives a script (its standard input, the
// environment, the process id and the file system), less what --sandbox
// denies (everything but standard input). sys.path starts with the script's directory ("" for -c, - and
// the REPL: the current directory; its absolute path for -m), then PYTHONPATH's entries.
func grants(c config, opts *interp.Options) {
	opts.ModuleFS = interp.HostFS{}
	opts.HostFiles = !c.sandbox
	if !c.sandbox {
		opts.Env, opts.Pid = os.Environ(), os.Getpid()
	}
	first := ""
	if c.module != "" { // python -m puts the current directory first
		first, _ = os.Getwd()
	} else if c.code == nil && c.file != "" && c.file != "-" {
		first = filepath.Dir(c.file)
		if isDir(c.file) {
			first = c.file // python DIR runs DIR/__main__.py with DIR first
		}
		if abs, err := filepath.Abs(first); err == nil {
			first = abs
			if first != c.file && strings.HasSuffix(c.file, "/") && !strings.HasSuffix(first, "/") {
				first += "/" // as CPython keeps DIR/
			}
		}
	}
	opts.Path = []string{first}
	if pp := os.Getenv("PYTHONPATH"); pp != "" && !c.noEnv {
		for _, d := range filepath.SplitList(pp) {
			if d != "" {
				opts.Path = append(opts.Path, d)
			}
		}
	}
}
