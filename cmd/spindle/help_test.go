package main

// This file tests help()'s introduction, which lists the importable
// modules of the interpreter, and the usage text, which lists the flags.

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

func TestHelpListsModules(t *testing.T) {
	var out bytes.Buffer
	var in *interp.Interpreter
	opts := interp.Options{Stdout: &out}
	opts.Globals = withHelp(nil, func() []string { return in.ModuleNames() })
	in = interp.New(opts)
	defer in.Close()
	if err := in.Exec(context.Background(), "help()\n"); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	_, list, ok := strings.Cut(text, "Modules: ")
	if !ok {
		t.Fatalf("no module list in:\n%s", text)
	}
	names := in.ModuleNames()
	if want := strings.Join(names, ", ") + ".\n"; strings.Join(strings.Fields(list), " ")+"\n" != want {
		t.Errorf("modules listed:\n%s\nwant %s", list, want)
	}
	for _, m := range []string{"threading", "json", "collections"} {
		if !strings.Contains(list, m+",") {
			t.Errorf("%s not listed", m)
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if len(line) > 76 {
			t.Errorf("line longer than 76 columns: %q", line)
		}
	}
}

func TestWrapList(t *testing.T) {
	got := wrapList("M: ", []string{"aaaa", "bb", "cccccc", "d"}, 12)
	if want := "M: aaaa, bb,\ncccccc, d.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUsageListsFlags checks that the usage text, the one list of the
// flags, names every flag parseArgs takes.
func TestUsageListsFlags(t *testing.T) {
	for _, f := range append([]string{"-c", "--sandbox", "--version", "--help"}, valueFlags...) {
		if !strings.Contains(usage, "  "+f+" ") && !strings.Contains(usage, ", "+f+" ") {
			t.Errorf("usage does not list %s", f)
		}
		if _, _, err := parseArgs([]string{f, "1"}); err != nil && strings.HasPrefix(err.Error(), "unknown option") {
			t.Errorf("parseArgs does not take %s", f)
		}
	}
}
