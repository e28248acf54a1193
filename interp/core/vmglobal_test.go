package core

import (
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// TestVMGlobalLayout checks that setVMGlobal reaches the slot a
// module's function reads: it fails if go.starlark.net's Module changes
// the unexported fields it reaches through.
func TestVMGlobalLayout(t *testing.T) {
	thread := &starlark.Thread{}
	_, prog, err := starlark.SourceProgramOptions(&syntax.FileOptions{}, "m.star", "x = 1\ndef f():\n    return x\n", func(string) bool { return false })
	if err != nil {
		t.Fatal(err)
	}
	globals, err := prog.Init(thread, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := globals["f"].(*starlark.Function)
	if !setVMGlobal(f.Module(), "x", starlark.MakeInt(7)) {
		t.Fatal("setVMGlobal found no global x")
	}
	if v, err := starlark.Call(thread, f, nil, nil); err != nil || v.String() != "7" {
		t.Errorf("f() = %v, %v after setting x to 7", v, err)
	}
	if v := VMGlobal(f.Module(), "x"); v == nil || v.String() != "7" {
		t.Errorf("VMGlobal(x) = %v, want 7", v)
	}
	if setVMGlobal(f.Module(), "nope", starlark.None) {
		t.Error("setVMGlobal set a global the program has not")
	}
	m := &Module{Name: "m", File: "m.star", Members: globals, Program: prog, Mutable: true}
	if err := m.SetField("x", starlark.MakeInt(8)); err != nil {
		t.Fatal(err)
	}
	if v, _ := starlark.Call(thread, f, nil, nil); v.String() != "8" {
		t.Errorf("f() = %v after m.x = 8", v)
	}
}
