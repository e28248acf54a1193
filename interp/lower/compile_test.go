package lower

// This file defines end-to-end tests: lowered programs must resolve and
// compile, and a few run against tiny fake versions of the __sp_*
// builtins.

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

func isPredeclared(name string) bool {
	return strings.HasPrefix(name, "__sp_") || name == "__name__" ||
		name == "threading" || name == "Exception" || name == "ValueError" || name == "object" ||
		name == "sum" || name == "super" || name == "open" || strings.HasSuffix(name, "Error")
}

func compile(t *testing.T, src string) *starlark.Program {
	t.Helper()
	f, err := Parse("test.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err.(*pyast.Error).Format(), src)
	}
	prog, err := starlark.FileProgram(f, isPredeclared)
	if err != nil {
		t.Fatalf("compile: %v\n%s", err, pretty(f))
	}
	return prog
}

var compileTests = []string{
	`import threading
import time
counter = 0
lock = threading.Lock()
def worker(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=worker, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter:,}")
if __name__ == "__main__":
    print("done", counter is not None)
`,
	`def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    return x
`,
	`class Base:
    """Doc."""
    count = 0
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Worker(Base):
    def __init__(self, name, n=1):
        super().__init__(name)
        self.n = n
`,
	`def f(items):
    for x in items:
        try:
            if x < 0:
                continue
            if x > 100:
                break
            y = 10 // x
        except ZeroDivisionError as e:
            print("zero", e)
            return -1
        else:
            print(y)
        finally:
            print("finally")
    else:
        print("no break")
    return y
`,
	`try:
    import foo
except ImportError:
    foo = None
    def helper():
        return helper
assert foo is None, "no foo"
del foo
x = [i ** 2 for i in range(10) if i % 2]
s = sum(i for i in range(3))
print("%d items" % len(x), 1 < 2 < 3, "a" "b" f"{s}")
raise ValueError("bad") from None
`,
	`def gen(lock, a, b):
    with lock, open("f") as fh:
        a.append(fh)
    while True:
        with lock:
            if a:
                break
            continue
    a, b = b, a
    b **= 2
    return a.pop(), "{} {}".format(a, b), {1, 2}, {x for x in a}
`,
	`def typed(xs, n):
    s = "привет"
    found = False
    for i in range(len(s)):
        found |= s[i] == "и"
    count = sum(0 < x < n for x in xs) + found
    ok = [x for x in xs if 0 <= x < len(xs) < n]
    count += 0 < count <= n
    return s[-1], -found, ok, count, typed(*xs, n, *ok)
`,
}

func TestCompile(t *testing.T) {
	for i, src := range compileTests {
		t.Run(fmt.Sprint(i), func(t *testing.T) { compile(t, src) })
	}
}

// fakeBuiltins implements a few __sp_* builtins, enough to run simple
// programs.
func fakeBuiltins() starlark.StringDict {
	fn := func(name string, f func(args starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return f(args)
		})
	}
	return starlark.StringDict{
		"__sp_iter":    fn("__sp_iter", func(a starlark.Tuple) (starlark.Value, error) { return a[0], nil }),
		"__sp_loopend": fn("__sp_loopend", func(a starlark.Tuple) (starlark.Value, error) { return starlark.None, nil }),
		"__sp_genexp":  fn("__sp_genexp", func(a starlark.Tuple) (starlark.Value, error) { return a[0], nil }),
		"__sp_fstr": fn("__sp_fstr", func(a starlark.Tuple) (starlark.Value, error) {
			var b strings.Builder
			for i := 0; i < len(a); i += 4 {
				b.WriteString(string(a[i].(starlark.String)))
				if i+1 == len(a) {
					break
				}
				if s, ok := a[i+1].(starlark.String); ok && a[i+2] != starlark.String("r") {
					b.WriteString(string(s))
				} else {
					b.WriteString(a[i+1].String())
				}
			}
			return starlark.String(b.String()), nil
		}),
		"__sp_pow": fn("__sp_pow", func(a starlark.Tuple) (starlark.Value, error) {
			r := starlark.Value(starlark.MakeInt(1))
			n, _ := starlark.AsInt32(a[1])
			for i := 0; i < n; i++ {
				r, _ = starlark.Binary(syntax.STAR, r, a[0])
			}
			return r, nil
		}),
		"__sp_cell": fn("__sp_cell", func(a starlark.Tuple) (starlark.Value, error) {
			d := starlark.NewDict(1)
			if len(a) > 1 {
				d.SetKey(starlark.String("v"), a[1])
			}
			return &cell{d}, nil
		}),
		"__sp_R":   plainOnly{}, // nothing compares across types here
		"__sp_try": fn("__sp_try", func(a starlark.Tuple) (starlark.Value, error) { return starlark.None, nil }),
	}
}

// cell is a fake py.Cell.
type cell struct{ *starlark.Dict }

func (c *cell) Attr(name string) (starlark.Value, error) {
	v, _, err := c.Get(starlark.String(name))
	return v, err
}
func (c *cell) AttrNames() []string { return []string{"v"} }
func (c *cell) SetField(name string, v starlark.Value) error {
	return c.SetKey(starlark.String(name), v)
}

func run(t *testing.T, src string) string {
	t.Helper()
	prog := compile(t, src)
	var out strings.Builder
	thread := &starlark.Thread{Print: func(_ *starlark.Thread, msg string) { out.WriteString(msg + "\n") }}
	g, err := prog.Init(thread, fakeBuiltins())
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	_ = g
	return out.String()
}

var runTests = []struct{ name, src, want string }{
	{"fstring", `x = 3; w = "hi"
print(f"{x} {w!r} {x=} {{}}")`, "3 \"hi\" x=3 {}\n"},
	{"pow", `print(2 ** 3 ** 2 // 64, -2 ** 2)`, "8 -4\n"},
	{"global", `n = 0
def inc():
    global n
    n += 1
inc(); inc()
print(n)`, "2\n"},
	{"nonlocal", `def f():
    x = 1
    def g():
        nonlocal x
        x = x * 10
    g(); g()
    return x
print(f())`, "100\n"},
	{"forelse", `for i in range(3):
    if i == 5:
        break
else:
    print("else")
while False:
    pass
else:
    print("welse")`, "else\nwelse\n"},
}

func TestRun(t *testing.T) {
	for _, tt := range runTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := run(t, tt.src); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStarlarkUniverse keeps the parser's copy of starlark.Universe's
// names in step with go.starlark.net.
func TestStarlarkUniverse(t *testing.T) {
	for name := range starlark.Universe {
		if !starlarkUniverse[name] {
			t.Errorf("starlarkUniverse lacks %q", name)
		}
	}
}

func TestUndefinedLowering(t *testing.T) {
	src := "x = 1\ndef f(a):\n    global g\n    g = a\n    return [y for y in a] + h\nprint(x, g, k, None)\n"
	f, err := ParseWith("t.py", []byte(src), parse.Options{}, Options{Predeclared: func(name string) bool { return name == "print" }})
	if err != nil {
		t.Fatal(err)
	}
	want := "x = 1\ndef f(a):\n  g.v = a\n  return (__sp_compend([y for y in __sp_citer(a)]) + __sp_undefined(\"h\"))\nprint(x, g.v, __sp_undefined(\"k\"), None)\n"
	if got := pretty(f); !strings.HasSuffix(got, want) {
		t.Errorf("got %q, want suffix %q", got, want)
	}
}

// plainOnly stands for __sp_R where every value compares right:
// plainOnly["test"][x] is False, and plainOnly[t][x] is x.
type plainOnly struct{ test bool }

func (plainOnly) String() string        { return "plainOnly" }
func (plainOnly) Type() string          { return "plainOnly" }
func (plainOnly) Freeze()               {}
func (plainOnly) Truth() starlark.Bool  { return true }
func (plainOnly) Hash() (uint32, error) { return 0, nil }

func (p plainOnly) Get(k starlark.Value) (starlark.Value, bool, error) {
	switch {
	case k == starlark.String("test"):
		return plainOnly{test: true}, true, nil
	case k.Type() == "string" && !p.test:
		return plainOnly{}, true, nil
	case p.test:
		return starlark.False, true, nil
	}
	return k, true, nil
}
