package hashlib

// This file defines the constructors blake2b and blake2s and
// pbkdf2_hmac.

import (
	"crypto/pbkdf2"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// unsupportedDigestmod is _hashlib.UnsupportedDigestmodError.
var unsupportedDigestmod = py.NewClass("UnsupportedDigestmodError", "_hashlib", py.ValueError)

func init() {
	for _, p := range []*blake2Params{blake2bParams, blake2sParams} {
		p := p
		Module.Members[p.name] = starlark.NewBuiltin(p.name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return newBlake2Hash(p, args, kwargs)
		})
	}
	Module.Members["pbkdf2_hmac"] = starlark.NewBuiltin("pbkdf2_hmac", pbkdf2HMAC)
}

// newBlake2Hash implements blake2b(data=b”, *, digest_size, key, salt,
// person, usedforsecurity) and blake2s.
func newBlake2Hash(p *blake2Params, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data starlark.Value = starlark.Bytes("")
	var key, salt, person starlark.Bytes
	size := p.maxDigest
	used := true
	for _, kv := range kwargs {
		if k, _ := starlark.AsString(kv[0]); k != "data" && k != "digest_size" && k != "key" && k != "salt" && k != "person" && k != "usedforsecurity" {
			return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, p.name)
		}
	}
	if err := starlark.UnpackArgs(p.name, args, kwargs, "data?", &data, "digest_size?", &size, "key?", &key,
		"salt?", &salt, "person?", &person, "usedforsecurity?", &used); err != nil {
		return nil, py.ToException(err)
	}
	switch {
	case size < 1 || size > p.maxDigest:
		return nil, py.Raisef(py.ValueError, "digest_size must be between 1 and %d bytes", p.maxDigest)
	case len(key) > p.maxDigest:
		return nil, py.Raisef(py.ValueError, "maximum key length is %d bytes", p.maxDigest)
	case len(salt) > p.saltLength:
		return nil, py.Raisef(py.ValueError, "maximum salt length is %d bytes", p.saltLength)
	case len(person) > p.saltLength:
		return nil, py.Raisef(py.ValueError, "maximum person length is %d bytes", p.saltLength)
	}
	h := &Hash{name: p.name, h: newBlake2(p, size, []byte(key), []byte(salt), []byte(person))}
	return h, h.write(data)
}

// pbkdf2HMAC implements pbkdf2_hmac(hash_name, password, salt,
// iterations, dklen=None).
func pbkdf2HMAC(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var password, salt starlark.Value
	var iterations int
	var dklen starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "hash_name", &name, "password", &password, "salt", &salt,
		"iterations", &iterations, "dklen?", &dklen); err != nil {
		return nil, py.ToException(err)
	}
	mk, ok := algorithms[name]
	if !ok {
		return nil, py.Raise(unsupportedDigestmod, "[digital envelope routines] unsupported")
	}
	pw, ok1 := password.(starlark.Bytes)
	sa, ok2 := salt.(starlark.Bytes)
	if !ok1 || !ok2 {
		bad := password
		if ok1 {
			bad = salt
		}
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(bad))
	}
	if iterations < 1 {
		return nil, py.Raise(py.ValueError, "iteration value must be greater than 0.")
	}
	size := mk().Size()
	if dklen != starlark.None {
		n, err := starlark.AsInt32(dklen)
		if err != nil || n < 1 {
			return nil, py.Raise(py.ValueError, "key length must be greater than 0.")
		}
		size = n
	}
	key, err := pbkdf2.Key(mk, string(pw), []byte(sa), iterations, size)
	if err != nil {
		return nil, py.Raisef(py.ValueError, "%v", err)
	}
	return starlark.Bytes(key), nil
}
