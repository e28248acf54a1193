// Package hashlib is spindle's hashlib module: the md5, sha1, sha2 and
// sha3 hash objects of Go's crypto packages, blake2b and blake2s of its
// own (with digest_size, key, salt and person), and pbkdf2_hmac, with
// CPython's names, reprs and errors. shake is not provided.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// algorithms maps each provided name to its constructor.
var algorithms = map[string]func() hash.Hash{
	"md5":      md5.New,
	"sha1":     sha1.New,
	"sha224":   sha256.New224,
	"sha256":   sha256.New,
	"sha384":   sha512.New384,
	"sha512":   sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() },
	"sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() },
	"sha3_512": func() hash.Hash { return sha3.New512() },
	"blake2b":  func() hash.Hash { return newBlake2(blake2bParams, 64, nil, nil, nil) },
	"blake2s":  func() hash.Hash { return newBlake2(blake2sParams, 32, nil, nil, nil) },
}

// Module is the hashlib module. Members:
//
//	md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256,
//	sha3_384, sha3_512 (string=b'', *, usedforsecurity=True)
//	blake2b, blake2s (data=b'', *, digest_size, key, salt, person, usedforsecurity)
//	pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
//	new(name, data=b'')
//	algorithms_guaranteed, algorithms_available
var Module = func() *core.Module {
	m := &core.Module{Name: "hashlib", Members: starlark.StringDict{
		"new": starlark.NewBuiltin("new", hashNew),
	}}
	var names []starlark.Value
	for name := range algorithms {
		m.Members[name] = starlark.NewBuiltin(name, construct)
		names = append(names, starlark.String(name))
	}
	sort.Slice(names, func(i, j int) bool { return names[i].(starlark.String) < names[j].(starlark.String) })
	set := builtins.NewSet()
	for _, n := range names {
		set.Insert(n)
	}
	set.Freeze() // shared by every Interpreter
	m.Members["algorithms_guaranteed"] = set
	m.Members["algorithms_available"] = set
	return m
}()

// construct implements the named constructors, such as sha256(string=b”).
// https://docs.python.org/3/library/hashlib.html#hash-algorithms
func construct(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	fn := "openssl_" + b.Name()
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "%s() takes at most 1 positional argument (%d given)", fn, len(args))
	}
	var data starlark.Value = starlark.Bytes("")
	if len(args) == 1 {
		data = args[0]
	}
	for _, kv := range kwargs {
		switch k, _ := starlark.AsString(kv[0]); k {
		case "string":
			data = kv[1]
		case "usedforsecurity":
		default:
			return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fn)
		}
	}
	return newHash(b.Name(), data)
}

// hashNew implements new(name, data=b”).
// https://docs.python.org/3/library/hashlib.html#hashlib.new
func hashNew(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name starlark.Value
	var data starlark.Value = starlark.Bytes("")
	var usedForSecurity bool
	if len(args) == 0 && len(kwargs) == 0 {
		return nil, py.Raise(py.TypeError, "__hash_new() missing 1 required positional argument: 'name'")
	}
	if len(args) > 0 { // new('blake2b', data, digest_size=...) takes blake2b's arguments
		if n, _ := starlark.AsString(args[0]); n == "blake2b" || n == "blake2s" {
			return newBlake2Hash(map[string]*blake2Params{"blake2b": blake2bParams, "blake2s": blake2sParams}[n], args[1:], kwargs)
		}
	}
	if err := starlark.UnpackArgs("__hash_new", args, kwargs, "name", &name, "data?", &data, "usedforsecurity?", &usedForSecurity); err != nil {
		return nil, py.ToException(err)
	}
	s, ok := name.(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "name must be a string")
	}
	return newHash(strings.ToLower(string(s)), data)
}

func newHash(name string, data starlark.Value) (starlark.Value, error) {
	mk, ok := algorithms[name]
	if !ok {
		return nil, py.Raisef(py.ValueError, "unsupported hash type %s", name)
	}
	h := &Hash{name: name, h: mk()}
	if err := h.write(data); err != nil {
		return nil, err
	}
	return h, nil
}

// Hash is a hash object (_hashlib.HASH). It is guarded by the GIL of the
// Interpreter that owns it.
type Hash struct {
	name string
	h    hash.Hash
}

var _ starlark.HasAttrs = (*Hash)(nil)

func (h *Hash) String() string {
	if _, ok := h.h.(*blake2); ok {
		return fmt.Sprintf("<_blake2.%s object at %#x>", h.name, py.Addr(h))
	}
	return fmt.Sprintf("<%s _hashlib.HASH object @ %#x>", h.name, py.Addr(h))
}

// Type is HASH, or blake2b and blake2s for theirs.
func (h *Hash) Type() string {
	if _, ok := h.h.(*blake2); ok {
		return h.name
	}
	return "HASH"
}
func (h *Hash) Freeze()               {}
func (h *Hash) Truth() starlark.Bool  { return true }
func (h *Hash) Hash() (uint32, error) { return uint32(py.Addr(h)), nil }

// write adds data, which must be bytes, to the hash.
func (h *Hash) write(data starlark.Value) error {
	switch d := data.(type) {
	case starlark.Bytes:
		h.h.Write([]byte(d))
		return nil
	case starlark.String:
		return py.Raise(py.TypeError, "Strings must be encoded before hashing")
	}
	return py.Raise(py.TypeError, "object supporting the buffer API required")
}

var hashMethods = map[string]func(h *Hash, args starlark.Tuple) (starlark.Value, error){
	"update": func(h *Hash, args starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, py.Raisef(py.TypeError, "HASH.update() takes exactly one argument (%d given)", len(args))
		}
		return starlark.None, h.write(args[0])
	},
	"digest": func(h *Hash, args starlark.Tuple) (starlark.Value, error) {
		return starlark.Bytes(h.h.Sum(nil)), nil
	},
	"hexdigest": func(h *Hash, args starlark.Tuple) (starlark.Value, error) {
		return starlark.String(hex.EncodeToString(h.h.Sum(nil))), nil
	},
	"copy": func(h *Hash, args starlark.Tuple) (starlark.Value, error) {
		return h.clone()
	},
}

// clone returns a hash object in h's state, through Go's binary marshaling.
func (h *Hash) clone() (*Hash, error) {
	if b, ok := h.h.(*blake2); ok {
		return &Hash{name: h.name, h: b.clone()}, nil
	}
	c := &Hash{name: h.name, h: algorithms[h.name]()}
	type marshaler interface {
		MarshalBinary() ([]byte, error)
		UnmarshalBinary([]byte) error
	}
	state, err := h.h.(marshaler).MarshalBinary()
	if err == nil {
		err = c.h.(marshaler).UnmarshalBinary(state)
	}
	if err != nil {
		return nil, py.Raisef(py.ValueError, "%v", err)
	}
	return c, nil
}

// Attr implements starlark.HasAttrs.
func (h *Hash) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(h.name), nil
	case "digest_size":
		return starlark.MakeInt(h.h.Size()), nil
	case "block_size":
		return starlark.MakeInt(h.h.BlockSize()), nil
	}
	m, ok := hashMethods[name]
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'_hashlib.HASH' object has no attribute '%s'", name)
	}
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 {
			return nil, py.Raisef(py.TypeError, "HASH.%s() takes no keyword arguments", name)
		}
		if name != "update" && len(args) > 0 {
			return nil, py.Raisef(py.TypeError, "HASH.%s() takes no arguments (%d given)", name, len(args))
		}
		return m(h, args)
	}).BindReceiver(h), nil
}

// AttrNames implements starlark.HasAttrs.
func (h *Hash) AttrNames() []string {
	return []string{"block_size", "copy", "digest", "digest_size", "hexdigest", "name", "update"}
}
