package interp_test

// This file checks the hostile sizes of the modules struct, base64,
// secrets and fractions: each ends in the exception CPython raises (or,
// where CPython would try for minutes, MemoryError), under the memory
// limit of TestHostileSizes.

import (
	"context"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

func TestHostileModuleSizes(t *testing.T) {
	tests := []struct{ name, src, cls, msg string }{
		{"struct-pack-s", "import struct\nstruct.pack('1000000000s', b'x')", "MemoryError", ""},
		{"struct-pack-x", "import struct\nstruct.pack('4000000000x')", "MemoryError", ""},
		{"struct-calcsize", "import struct\nstruct.calcsize('99999999999999999999i')", "error", "total struct size too long"},
		{"struct-size-overflow", "import struct\nstruct.calcsize('9223372036854775807q')", "error", "total struct size too long"},
		{"base64-encode", "import base64\nbase64.b64encode(bytes(10**8))", "MemoryError", ""},
		{"b16-encode", "import base64\nbase64.b16encode(bytes(10**8))", "MemoryError", ""},
		{"secrets-token", "import secrets\nsecrets.token_hex(10**12)", "MemoryError", ""},
		{"secrets-token-overflow", "import secrets\nsecrets.token_bytes(2**63)", "OverflowError", "Python int too large to convert to C ssize_t"},
		{"secrets-randbits", "import secrets\nsecrets.randbits(2**40)", "MemoryError", ""},
		{"fraction-exponent", "from fractions import Fraction\nFraction('1e99999999999')", "MemoryError", ""},
		{"fraction-exponent-huge", "from fractions import Fraction\nFraction('1e99999999999999999999')", "MemoryError", ""},
		{"fraction-decimal", "from fractions import Fraction\nfrom decimal import Decimal\nFraction(Decimal('1E+999999999999'))", "MemoryError", ""},
		{"fraction-round", "from fractions import Fraction\nround(Fraction(1, 3), 10**12)", "MemoryError", ""},
		{"fraction-pow", "from fractions import Fraction\nFraction(3, 2) ** 10**12", "MemoryError", ""},
	}
	opts := interp.Options{MaxMemory: hostileLimit}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, msg := runErr(t, opts, context.Background(), tc.src+"\n")
			if cls != tc.cls || msg != tc.msg {
				t.Errorf("got %s: %q, want %s: %q", cls, msg, tc.cls, tc.msg)
			}
		})
	}
}
