package py

import (
	"testing"

	"go.starlark.net/starlark"
)

// TestSharedCell checks a REPL global's cell: unbound it raises
// NameError or gives the builtin it shadows; once set it is Bound and
// Unbox sees the value.
func TestSharedCell(t *testing.T) {
	c := NewSharedCell("x", nil)
	if c.Bound() {
		t.Error("new cell is bound")
	}
	_, err := c.Attr("v")
	if e, ok := AsException(err); !ok || e.Class != NameError || e.Error() != "NameError: name 'x' is not defined" {
		t.Errorf("unbound read: %v", err)
	}
	if Unbox(c) != starlark.None {
		t.Errorf("Unbox(unbound) = %v", Unbox(c))
	}
	c.Builtin = starlark.String("builtin")
	if v, err := c.Attr("v"); err != nil || v != starlark.String("builtin") {
		t.Errorf("unbound read with builtin = %v, %v", v, err)
	}
	if err := c.SetField("v", starlark.MakeInt(3)); err != nil {
		t.Fatal(err)
	}
	if v, err := c.Attr("v"); err != nil || !c.Bound() || v != starlark.MakeInt(3) || Unbox(c) != starlark.MakeInt(3) {
		t.Errorf("after set: %v, %v, bound %v", v, err, c.Bound())
	}
}
