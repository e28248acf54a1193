package core

// This file keeps each Interpreter's limit on the digits of an int
// converted to or from a decimal string (sys.set_int_max_str_digits),
// which keeps str(10**(10**8)) from running for minutes; the object
// model's py.CheckIntStr and py.CheckIntParse read it through py.Host.

import (
	"sync/atomic"

	"github.com/spindle-lang/spindle/interp/py"
)

// intDigits is a Runtime's limit: -1 means the default, 0 no limit.
type intDigits struct{ n atomic.Int64 }

// IntMaxStrDigits returns the limit; 0 means none. Safe from any goroutine.
func (rt *Runtime) IntMaxStrDigits() int {
	n := rt.intDigits.n.Load()
	if n == 0 {
		return py.DefaultIntMaxStrDigits
	}
	return int(max(n, 0))
}

// SetIntMaxStrDigits sets the limit (0: none). Safe from any goroutine.
func (rt *Runtime) SetIntMaxStrDigits(n int) {
	if n == 0 {
		rt.intDigits.n.Store(-1)
		return
	}
	rt.intDigits.n.Store(int64(n))
}
