package lower

// This file defines TestLowerNesting, the statement-level companion of
// TestLowerCombinations: every nesting of three blocks (loops, with,
// try, if, def, async def, class, match) around every simple statement
// that is valid Python there must lower without a panic and compile
// (python3 compiles all 16264 of them).
// The lowerings of try and with move bodies into functions, and the
// jumps, returns, yields and awaits of those bodies must survive it.

import (
	"strings"
	"testing"
)

// block is a compound statement whose body is $B (or $C, indented
// twice), and what it makes of the statements in it.
type block struct {
	text  string
	loop  bool // break and continue are valid in the body
	fn    bool // return and yield are valid
	async bool // await is valid
	class bool // a class body: return, yield, await are not valid
}

var nestBlocks = []block{
	{text: "for x in xs:\n$B", loop: true},
	{text: "while c:\n$B", loop: true},
	{text: "with lock:\n$B"},
	{text: "with lock as (a, b), lock:\n$B"},
	{text: "try:\n$B\nexcept (E, F) as e:\n$B"},
	{text: "try:\n$B\nfinally:\n$B"},
	{text: "try:\n    pass\nexcept E:\n$B\nelse:\n$B"},
	{text: "if c:\n$B\nelif d:\n$B\nelse:\n$B"},
	{text: "def g(a, *args, k=1, **kw):\n$B", fn: true},
	{text: "async def g():\n$B", fn: true, async: true},
	{text: "class C(B):\n$B", class: true},
	{text: "match v:\n    case [1, *rest] if rest:\n$C\n    case {\"k\": q}:\n$C\n    case _:\n$C"},
}

// nestStatements are the innermost statements, with what they need.
var nestStatements = []struct {
	text       string
	loop, fn   bool
	async, gen bool
	noClass    bool // invalid in a class body
}{
	{text: "pass"},
	{text: "x += 1"},
	{text: "xs[0] //= n"},
	{text: "a, *b = xs"},
	{text: "del xs[1:]"},
	{text: "raise E('м')"},
	{text: "print(f'{x!r:>4}', *xs)"},
	{text: "y = [v for v in xs if (w := v)]", noClass: true},
	{text: "break", loop: true},
	{text: "continue", loop: true},
	{text: "return x", fn: true},
	{text: "yield x", fn: true, gen: true},
	{text: "z = yield from xs", fn: true, gen: true},
	{text: "await t", async: true},
}

func TestLowerNesting(t *testing.T) {
	n := 0
	for _, b1 := range nestBlocks {
		for _, b2 := range nestBlocks {
			for _, b3 := range nestBlocks {
				for _, st := range nestStatements {
					chain := []block{b1, b2, b3}
					if !validIn(chain, st.loop, st.fn, st.async, st.gen, st.noClass) {
						continue
					}
					n++
					if raceOn && n%8 != 0 {
						continue
					}
					src := comboPrelude + nest(chain, st.text) + "\n"
					lowerCombo(t, src, true)
				}
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d programs", n)
	}
}

// nest writes st inside the blocks of chain, outermost first.
func nest(chain []block, st string) string {
	body := st
	for i := len(chain) - 1; i >= 0; i-- {
		body = strings.NewReplacer("$B", indent(body), "$C", indent(indent(body))).Replace(chain[i].text)
	}
	return body
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// validIn reports whether a statement that needs a loop, a function, an
// async function or a generator function, or no class body, is valid
// Python inside chain.
func validIn(chain []block, loop, fn, async, gen, noClass bool) bool {
	inLoop, inFn, inAsync, inClass := false, false, false, false
	for _, b := range chain {
		switch {
		case b.fn || b.class:
			inLoop, inFn, inAsync, inClass = false, b.fn, b.async, b.class
		case b.loop:
			inLoop = true
		}
	}
	switch {
	case loop && !inLoop, fn && !inFn, async && !inAsync, noClass && inClass:
		return false
	case gen && inAsync:
		return false // yield from in an async def; yield makes an async generator, which can't return a value
	}
	return true
}
