package core

import (
	"testing"

	"go.starlark.net/starlark"
)

// TestUnpackArgs checks that UnpackArgs binds what starlark.UnpackArgs
// binds and fails where it fails, with the same message.
func TestUnpackArgs(t *testing.T) {
	one, two := starlark.MakeInt(1), starlark.MakeInt(2)
	kw := func(name string, v starlark.Value) starlark.Tuple { return starlark.Tuple{starlark.String(name), v} }
	for _, c := range []struct {
		name   string
		args   starlark.Tuple
		kwargs []starlark.Tuple
	}{
		{"none", nil, nil},
		{"positional", starlark.Tuple{one}, nil},
		{"both positional", starlark.Tuple{one, two}, nil},
		{"keyword", nil, []starlark.Tuple{kw("timeout", two)}},
		{"mixed", starlark.Tuple{one}, []starlark.Tuple{kw("timeout", two)}},
		{"too many", starlark.Tuple{one, two, one}, nil},
		{"unknown keyword", nil, []starlark.Tuple{kw("timeuot", one)}},
		{"repeated", starlark.Tuple{one}, []starlark.Tuple{kw("block", two)}},
		{"missing required", nil, []starlark.Tuple{kw("timeout", two)}},
		{"bad timeout", starlark.Tuple{one, starlark.String("x")}, nil},
		{"None timeout", starlark.Tuple{one, starlark.None}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			required := c.name == "missing required"
			bind := func(unpack func(string, starlark.Tuple, []starlark.Tuple, ...any) error) (starlark.Value, Timeout, string) {
				var block starlark.Value = starlark.True
				var timeout Timeout
				name := "block?"
				if required {
					name = "block"
				}
				err := unpack("get", c.args, c.kwargs, name, &block, "timeout?", &timeout)
				if err != nil {
					return nil, Timeout{}, err.Error()
				}
				return block, timeout, ""
			}
			gotB, gotT, gotErr := bind(UnpackArgs)
			wantB, wantT, wantErr := bind(starlark.UnpackArgs)
			if gotErr != wantErr || gotT != wantT || gotB != wantB {
				t.Errorf("UnpackArgs = (%v, %v, %q), starlark.UnpackArgs = (%v, %v, %q)",
					gotB, gotT, gotErr, wantB, wantT, wantErr)
			}
		})
	}
}
