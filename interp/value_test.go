package interp_test

import (
	"context"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/py"
)

type Inner struct {
	Port int `spindle:"port"`
}

type Config struct {
	Name    string            `spindle:"name"`
	Tags    []string          `spindle:"tags"`
	Limits  map[string]uint16 `spindle:"limits"`
	Inner                     // promoted: "port"
	Ratio   float32
	Secret  string `spindle:"-"`
	private int
	Next    *Config `spindle:"next"`
}

func TestToValue(t *testing.T) {
	big1 := new(big.Int).Lsh(big.NewInt(1), 80)
	for _, tc := range []struct {
		name  string
		input any
		want  string
	}{
		{"nil", nil, "None"},
		{"bool", true, "True"},
		{"int8", int8(-8), "-8"},
		{"uint64 max", uint64(math.MaxUint64), "18446744073709551615"},
		{"big", big1, "1208925819614629174706176"},
		{"float32", float32(0.5), "0.5"},
		{"string", "hé", "'hé'"},
		{"bytes", []byte("ab"), "b'ab'"},
		{"byte array", [2]byte{'a', 'b'}, "b'ab'"},
		{"slice", []int{1, 2}, "[1, 2]"},
		{"nil slice", []string(nil), "[]"},
		{"array", [2]string{"a", "b"}, "['a', 'b']"},
		{"nested any", []any{1, "x", nil, []any{2.5}}, "[1, 'x', None, [2.5]]"},
		{"map sorted", map[string]int{"b": 2, "a": 1, "c": 3}, "{'a': 1, 'b': 2, 'c': 3}"},
		{"int keys", map[int]bool{3: true, -1: false}, "{-1: False, 3: True}"},
		{"pointer", &Inner{Port: 80}, "{'port': 80}"},
		{"nil pointer", (*Inner)(nil), "None"},
		{"struct", Config{Name: "web", Tags: []string{"x"}, Inner: Inner{8080}, Ratio: 0.25, Secret: "s", private: 1},
			"{'name': 'web', 'tags': ['x'], 'limits': {}, 'port': 8080, 'Ratio': 0.25, 'next': None}"},
		{"starlark value", starlark.MakeInt(7), "7"},
		{"duration", 2 * time.Second, "2000000000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := interp.ToValue(tc.input)
			if err != nil {
				t.Fatal(err)
			}
			if got := py.Repr(v); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestToValueCopies(t *testing.T) {
	xs := []int{1, 2}
	v, _ := interp.ToValue(xs)
	xs[0] = 99
	if got := py.Repr(v); got != "[1, 2]" {
		t.Errorf("the list follows the Go slice: %s", got)
	}
}

func TestToValueErrors(t *testing.T) {
	cyclic := &Config{}
	cyclic.Next = cyclic
	for _, tc := range []struct {
		name  string
		input any
		want  string
	}{
		{"func", func() {}, "cannot convert func()"},
		{"chan", make(chan int), "cannot convert chan int"},
		{"complex", 1i, "cannot convert complex128"},
		{"cycle", cyclic, "nested more than"},
		{"slice key", map[[1]int]int{{1}: 1}, "unhashable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := interp.ToValue(tc.input)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

// eval evaluates expr in a fresh Interpreter.
func eval(t *testing.T, expr string) starlark.Value {
	t.Helper()
	in := interp.New(interp.Options{})
	defer in.Close()
	v, err := in.Eval(context.Background(), expr)
	if err != nil {
		t.Fatalf("Eval(%q): %v", expr, err)
	}
	return v
}

func TestFromValue(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	for _, tc := range []struct {
		name  string
		input string
		ptr   any // pointer to a zero variable
		want  any // the variable's value afterwards
	}{
		{"bool", "True", new(bool), true},
		{"int", "-5", new(int), -5},
		{"uint8", "255", new(uint8), uint8(255)},
		{"int64", "1 << 62", new(int64), int64(1 << 62)},
		{"float from int", "3", new(float64), 3.0},
		{"float32", "0.5", new(float32), float32(0.5)},
		{"string", "'hi'", new(string), "hi"},
		{"bytes", "b'ab'", new([]byte), []byte("ab")},
		{"bytes from str", "'ab'", new([]byte), []byte("ab")},
		{"slice from tuple", "(1, 2)", new([]int), []int{1, 2}},
		{"array", "['a', 'b']", new([2]string), [2]string{"a", "b"}},
		{"map int keys", "{1: 'a', 2: 'b'}", new(map[int]string), map[int]string{1: "a", 2: "b"}},
		{"struct", "{'name': 'web', 'port': 80, 'tags': ['a'], 'limits': {'cpu': 2}, 'extra': 1, 'next': {'name': 'db'}}", new(Config),
			Config{Name: "web", Inner: Inner{80}, Tags: []string{"a"}, Limits: map[string]uint16{"cpu": 2}, Next: &Config{Name: "db"}}},
		{"pointer none", "None", new(*int), (*int)(nil)},
		{"big", "1 << 70", new(*big.Int), huge},
		{"any int", "7", new(any), int64(7)},
		{"any big", "1 << 70", new(any), huge},
		{"any list", "[1, 'a', None, 2.5, True]", new(any), []any{int64(1), "a", nil, 2.5, true}},
		{"any dict", "{'a': [1], 'b': {'c': b'x'}}", new(any), map[string]any{"a": []any{int64(1)}, "b": map[string]any{"c": []byte("x")}}},
		{"any dict int keys", "{1: 'a', 'b': 2}", new(any), map[any]any{int64(1): "a", "b": int64(2)}},
		{"any set", "set([1])", new(any), []any{int64(1)}},
		{"starlark.Value", "[1]", new(starlark.Value), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := eval(t, tc.input)
			if err := interp.FromValue(v, tc.ptr); err != nil {
				t.Fatal(err)
			}
			got := reflect.ValueOf(tc.ptr).Elem().Interface()
			if tc.want == nil {
				tc.want = v
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestFromValueErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input string
		ptr   any
		want  string
	}{
		{"overflow", "256", new(uint8), "interp.FromValue: int 256 overflows uint8"},
		{"negative", "-1", new(uint), "interp.FromValue: int -1 overflows uint"},
		{"float32 overflow", "1e300", new(float32), "interp.FromValue: float 1e+300 overflows float32"},
		{"mismatch", "'x'", new(int), "interp.FromValue: cannot convert str to int"},
		{"float to int", "1.5", new(int), "interp.FromValue: cannot convert float to int"},
		{"nested", "[{'port': 1}, {'port': 'x'}]", new([]Inner), "interp.FromValue: [1].port: cannot convert str to int"},
		{"map value", "{'a': 1, 'b': -2}", new(map[string]uint), "interp.FromValue: ['b']: int -2 overflows uint"},
		{"array length", "[1, 2, 3]", new([2]int), "interp.FromValue: cannot convert list of length 3 to [2]int"},
		{"any tuple key", "{(1, 2): 3}", new(any), "interp.FromValue: [(1, 2)]: cannot use tuple as a Go map key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := interp.FromValue(eval(t, tc.input), tc.ptr)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
	if err := interp.FromValue(starlark.None, 3); err == nil {
		t.Error("FromValue into a non-pointer succeeded")
	}
}

func TestRoundTrip(t *testing.T) {
	in := Config{Name: "a", Tags: []string{"t"}, Limits: map[string]uint16{"x": 1}, Inner: Inner{9}, Ratio: 1.5}
	v, err := interp.ToValue(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Config
	if err := interp.FromValue(v, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
}
