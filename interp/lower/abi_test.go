package lower

import (
	"testing"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/parse"
)

// everyHelper is a module whose lowering calls every helper of
// abi.Module scope (see TestABIEmitted).
const everyHelper = `import os
walrus = lambda a: (y := a) + y
from os import path
from threading import *
def gen(d):
    yield 1
    x = yield
    yield from d
async def coro(d):
    async for x in d:
        await x
    async with d:
        pass
async def agen():
    yield 1
    return [x async for x in agen()]
def user(d, s, n, o, lock, a, b):
    match d:
        case [1, *rest]:
            pass
    try:
        pass
    except* ValueError:
        pass
    global counter
    counter = n ** 2
    for k in d:
        n += o[k] + o.items[k]
    c = [v for v in d]
    c.append(n)
    grown = []
    grown.append(n)
    p, q = user()
    c += d
    p, q = d
    p, *r, q = d
    del d[0]
    del d[1:2]
    d[1:2] = a
    sk = slice(1)
    d[sk] = a
    del o.attr
    t = s.split()
    user(*a, b)
    g = (v for v in d)
    total = sum(v for v in d)
    w = (y for v in d if (y := v))
    ok = a < user() < b
    lt = a < b
    gt = len(d) > n
    both = d[0] < d[1]
    same = a is b
    el = ...
    im = 2j
    bt = True + 1
    neg = -True
    st = str(n)
    ch = st[0]
    for i in range(3):
        a[i]
    e = b[n]
    assert n, "m"
    with lock:
        pass
    with open(s) as fh:
        pass
    try:
        raise ValueError
    except ValueError:
        pass
    m = {**d}
    ks = {1, 2, 3}
    f = f"{n!r:>4}"
    pc = "%d" % n
    nm = user.__name__
    sl = s[1:]
    so = o[1:, 2]
    return nowhere
class Base:
    def m(self):
        return 1
    def __del__(self):
        pass
gone = Base()
del gone
Base.m.calls = 0
print(defined_below)
defined_below = 1
class Kid(Base):
    size: int = 0
    if counter:
        flag = 1
    def m(self) -> int:
        return super().m()
`

// TestABIEmitted checks that the lowering emits every helper the table
// scopes to every module, and no front-end marker.
func TestABIEmitted(t *testing.T) {
	f, err := ParseWith("every.py", []byte(everyHelper), parse.Options{}, Options{Predeclared: func(name string) bool {
		return name == "sum" || name == "str" || name == "range" || name == "open" || name == "ValueError" || name == "super"
	}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	syntax.Walk(f, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			seen[id.Name] = true
		}
		return true
	})
	for _, h := range abi.Helpers {
		switch {
		case h.Scope == abi.Module && !seen[h.Name]:
			t.Errorf("%s is never emitted", h.Name)
		case h.Scope == abi.Marker && seen[h.Name]:
			t.Errorf("the marker %s reached the lowered file", h.Name)
		}
	}
}
