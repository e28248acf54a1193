// Package secrets is spindle's secrets module: token_bytes, token_hex,
// token_urlsafe, choice, randbelow, randbits and compare_digest, drawn
// from the operating system's random source (crypto/rand), with
// CPython's errors. Nothing here can be seeded or replayed.
package secrets

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the secrets module. Members:
//
//	token_bytes(nbytes=None), token_hex(nbytes=None), token_urlsafe(nbytes=None)
//	choice(seq), randbelow(exclusive_upper_bound), randbits(k)
//	compare_digest(a, b)
//	DEFAULT_ENTROPY
var Module = &core.Module{Name: "secrets", Members: starlark.StringDict{
	"token_bytes":     starlark.NewBuiltin("token_bytes", token(func(b []byte) starlark.Value { return starlark.Bytes(b) })),
	"token_hex":       starlark.NewBuiltin("token_hex", token(func(b []byte) starlark.Value { return starlark.String(hex.EncodeToString(b)) })),
	"token_urlsafe":   starlark.NewBuiltin("token_urlsafe", token(func(b []byte) starlark.Value { return starlark.String(base64.RawURLEncoding.EncodeToString(b)) })),
	"choice":          starlark.NewBuiltin("choice", choice),
	"randbelow":       starlark.NewBuiltin("randbelow", randbelow),
	"randbits":        starlark.NewBuiltin("randbits", randbits),
	"compare_digest":  starlark.NewBuiltin("compare_digest", compareDigest),
	"DEFAULT_ENTROPY": starlark.MakeInt(defaultEntropy),
}}

// defaultEntropy is the number of bytes of a token by default.
const defaultEntropy = 32

// randomBytes returns n random bytes; n is checked against memory.
func randomBytes(thread *starlark.Thread, n int) ([]byte, error) {
	if n < 0 {
		return nil, py.Raise(py.ValueError, "negative argument not allowed")
	}
	if err := core.CheckAllocN(thread, n, 2); err != nil {
		return nil, err
	}
	b := make([]byte, n)
	rand.Read(b)
	return b, nil
}

// token returns token_bytes, token_hex or token_urlsafe: nbytes random
// bytes (DEFAULT_ENTROPY for None) in the form of format.
// https://docs.python.org/3/library/secrets.html#secrets.token_bytes
func token(format func([]byte) starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var nv starlark.Value = starlark.None
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "nbytes?", &nv); err != nil {
			return nil, err
		}
		n := defaultEntropy
		if nv != starlark.None {
			var err error
			if n, err = py.AsSsize(nv); err != nil {
				return nil, err
			}
		}
		data, err := randomBytes(thread, n)
		if err != nil {
			return nil, err
		}
		return format(data), nil
	}
}

// below returns a random int in [0, n), n > 0.
func below(n *big.Int) starlark.Int {
	r, _ := rand.Int(rand.Reader, n)
	return starlark.MakeBigInt(r)
}

// randbelow implements randbelow(exclusive_upper_bound).
// https://docs.python.org/3/library/secrets.html#secrets.randbelow
func randbelow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nv starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "exclusive_upper_bound", &nv); err != nil {
		return nil, err
	}
	n, ok := nv.(starlark.Int)
	if bv, isBool := nv.(starlark.Bool); isBool {
		n, ok = starlark.MakeInt(map[bool]int{false: 0, true: 1}[bool(bv)]), true
	}
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'bit_length'", py.TypeName(nv))
	}
	if n.Sign() <= 0 {
		return nil, py.Raise(py.ValueError, "Upper bound must be positive.")
	}
	return below(n.BigInt()), nil
}

// randbits implements randbits(k): an int of k random bits.
func randbits(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var kv starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "k", &kv); err != nil {
		return nil, err
	}
	k, err := py.AsSsize(kv)
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.Raise(py.ValueError, "number of bits must be non-negative")
	}
	if err := core.CheckAllocN(thread, k/8+1, 2); err != nil {
		return nil, err
	}
	return below(new(big.Int).Lsh(big.NewInt(1), uint(k))), nil
}

// choice implements choice(seq): a random element of a non-empty
// sequence.
// https://docs.python.org/3/library/secrets.html#secrets.choice
func choice(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "seq", &seq); err != nil {
		return nil, err
	}
	n, err := builtins.Len(thread, seq)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, py.Raise(py.IndexError, "Cannot choose from an empty sequence")
	}
	return builtins.GetItem(seq, below(big.NewInt(int64(n))))
}

// compareDigest implements compare_digest(a, b): a == b in a time that
// doesn't depend on where they differ. Both are ASCII strs or both
// bytes-like.
// https://docs.python.org/3/library/secrets.html#secrets.compare_digest
func compareDigest(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	xs, xStr := x.(starlark.String)
	ys, yStr := y.(starlark.String)
	if xStr && yStr {
		if !ascii(string(xs)) || !ascii(string(ys)) {
			return nil, py.Raise(py.TypeError, "comparing strings with non-ASCII characters is not supported")
		}
		return starlark.Bool(subtle.ConstantTimeCompare([]byte(xs), []byte(ys)) == 1), nil
	}
	xb, xOK := builtins.BytesLike(x)
	yb, yOK := builtins.BytesLike(y)
	switch {
	case xOK && yOK:
		return starlark.Bool(subtle.ConstantTimeCompare(xb, yb) == 1), nil
	case xStr || yStr:
		return nil, py.Raise(py.TypeError, "a bytes-like object is required, not 'str'")
	}
	return nil, py.Raisef(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", py.TypeName(x), py.TypeName(y))
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
