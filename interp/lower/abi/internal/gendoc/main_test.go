package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// The template and the document, from this package's directory.
const (
	templatePath = "../../../LOWERING.tmpl.md"
	docPath      = "../../../LOWERING.md"
)

// TestDocFresh fails when LOWERING.md is not what go generate writes
// from the template and the tables.
func TestDocFresh(t *testing.T) {
	text, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	want, err := render(text)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go generate ./interp/lower/abi", docPath)
	}
	for _, h := range abi.Helpers {
		if !bytes.Contains(want, []byte("| `"+h.Name+"` |")) {
			t.Errorf("%s is not in the reference", h.Name)
		}
	}
}

// spName matches the names the prose of the template mentions.
var spName = regexp.MustCompile(`__sp_[A-Za-z_]*`)

// TestProseNamesKnown checks that every __sp_ name the template's prose
// mentions is a helper's, or starts with a made-up name's prefix, so the
// prose can't name a helper the table lacks.
func TestProseNamesKnown(t *testing.T) {
	text, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range spName.FindAllString(string(text), -1) {
		if !known(name) {
			t.Errorf("the template names %s, which abi does not describe", name)
		}
	}
}

// known reports whether name is a helper's or made up with a prefix of
// abi.Synthesized.
func known(name string) bool {
	if abi.Lookup(name) != nil || name == abi.Prefix {
		return true
	}
	for _, n := range abi.Synthesized {
		if strings.HasPrefix(name, n.Prefix) {
			return true
		}
	}
	return false
}

// TestRenderWantsPlaceholder checks that a template without the
// placeholder is refused.
func TestRenderWantsPlaceholder(t *testing.T) {
	if _, err := render([]byte("# no reference\n")); err == nil {
		t.Error("render took a template without " + placeholder)
	}
}
