// Package uuid is spindle's uuid module: the UUID class, uuid1 (with a
// random node, as CPython uses when it finds no hardware address),
// uuid3, uuid4 (from crypto/rand), uuid5 and the NAMESPACE_* constants.
package uuid

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"strings"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the uuid module. Members:
//
//	UUID(hex=None, bytes=None, int=None, version=None)
//	uuid1(), uuid3(namespace, name), uuid4(), uuid5(namespace, name)
//	NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500
//	RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE
var Module = &core.Module{Name: "uuid", Members: starlark.StringDict{
	"UUID":               UUIDClass,
	"uuid1":              starlark.NewBuiltin("uuid1", uuid1),
	"uuid3":              starlark.NewBuiltin("uuid3", uuidNamed),
	"uuid4":              starlark.NewBuiltin("uuid4", uuid4),
	"uuid5":              starlark.NewBuiltin("uuid5", uuidNamed),
	"NAMESPACE_DNS":      mustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
	"NAMESPACE_URL":      mustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
	"NAMESPACE_OID":      mustParse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
	"NAMESPACE_X500":     mustParse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
	"RESERVED_NCS":       starlark.String(reservedNCS),
	"RFC_4122":           starlark.String(rfc4122),
	"RESERVED_MICROSOFT": starlark.String(reservedMicrosoft),
	"RESERVED_FUTURE":    starlark.String(reservedFuture),
}}

const (
	reservedNCS       = "reserved for NCS compatibility"
	rfc4122           = "specified in RFC 4122"
	reservedMicrosoft = "reserved for Microsoft compatibility"
	reservedFuture    = "reserved for future definition"
)

// UUIDClass is uuid.UUID.
var UUIDClass = func() *py.Class {
	c := py.NewClass("UUID", "uuid")
	c.Ext = &py.NativeClass{New: newUUID}
	return c
}()

func mustParse(s string) *UUID {
	u, err := parseHex(s)
	if err != nil {
		panic(err)
	}
	return u
}

// parseHex parses the hex form of UUID(hex): braces, dashes and a
// urn:uuid: prefix are ignored.
func parseHex(s string) (*UUID, error) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "urn:", ""), "uuid:", "")
	s = strings.ReplaceAll(strings.Trim(s, "{}"), "-", "")
	if len(s) != 32 {
		return nil, py.Raise(py.ValueError, "badly formed hexadecimal UUID string")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, py.Raisef(py.ValueError, "invalid literal for int() with base 16: %s", py.QuoteString(s))
	}
	u := &UUID{}
	copy(u.b[:], b)
	return u, nil
}

// newUUID implements UUID(hex=None, bytes=None, bytes_le=None,
// fields=None, int=None, version=None).
// https://docs.python.org/3/library/uuid.html#uuid.UUID
func newUUID(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var hexV, bytesV, bytesLE, fields, intV, version starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs("UUID", args, kwargs, "hex?", &hexV, "bytes?", &bytesV, "bytes_le?", &bytesLE,
		"fields?", &fields, "int?", &intV, "version?", &version); err != nil {
		return nil, py.ToException(err)
	}
	given := 0
	for _, v := range []starlark.Value{hexV, bytesV, bytesLE, fields, intV} {
		if v != starlark.None {
			given++
		}
	}
	if given != 1 || bytesLE != starlark.None || fields != starlark.None {
		return nil, py.Raise(py.TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	u, err := fromArg(hexV, bytesV, intV)
	if err != nil {
		return nil, err
	}
	if version != starlark.None {
		v, ok := version.(starlark.Int)
		n, exact := v.Int64()
		if !ok || !exact || n < 1 || n > 5 {
			return nil, py.Raise(py.ValueError, "illegal version number")
		}
		u.setVersion(int(n))
	}
	return u, nil
}

// fromArg builds a UUID from whichever of hex, bytes and int is not None.
func fromArg(hexV, bytesV, intV starlark.Value) (*UUID, error) {
	switch {
	case hexV != starlark.None:
		s, ok := hexV.(starlark.String)
		if !ok {
			return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'replace'", py.TypeName(hexV))
		}
		return parseHex(string(s))
	case bytesV != starlark.None:
		b, ok := bytesV.(starlark.Bytes)
		if !ok || len(b) != 16 {
			return nil, py.Raise(py.ValueError, "bytes is not a 16-char string")
		}
		u := &UUID{}
		copy(u.b[:], b)
		return u, nil
	}
	i, ok := intV.(starlark.Int)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'<=' not supported between instances of 'int' and '%s'", py.TypeName(intV))
	}
	bi := i.BigInt()
	if bi.Sign() < 0 || bi.BitLen() > 128 {
		return nil, py.Raise(py.ValueError, "int is out of range (need a 128-bit value)")
	}
	u := &UUID{}
	bi.FillBytes(u.b[:])
	return u, nil
}

// setVersion sets the RFC 4122 variant and version n.
func (u *UUID) setVersion(n int) {
	u.b[8] = u.b[8]&0x3f | 0x80
	u.b[6] = u.b[6]&0x0f | byte(n<<4)
}

// uuid4 implements uuid4(): a random UUID.
func uuid4(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgs("", b.Name(), 0, args, kwargs); err != nil {
		return nil, err
	}
	u := &UUID{}
	rand.Read(u.b[:])
	u.setVersion(4)
	return u, nil
}

// uuidNamed implements uuid3 and uuid5: the MD5 or SHA-1 hash of a
// namespace UUID and a name.
func uuidNamed(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ns, name starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "namespace", &ns, "name", &name); err != nil {
		return nil, py.ToException(err)
	}
	nsu, ok := ns.(*UUID)
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'bytes'", py.TypeName(ns))
	}
	s, ok := name.(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "encoding without a string argument")
	}
	data := append(nsu.b[:len(nsu.b):len(nsu.b)], s...)
	u := &UUID{}
	if b.Name() == "uuid3" {
		sum := md5.Sum(data)
		copy(u.b[:], sum[:])
		u.setVersion(3)
	} else {
		sum := sha1.Sum(data)
		copy(u.b[:], sum[:16])
		u.setVersion(5)
	}
	return u, nil
}

// lastStamp is the key of an Interpreter's last uuid1 timestamp, a
// *uint64 guarded by the GIL.
type lastStamp struct{}

// uuid1 implements uuid1(node=None, clock_seq=None): a time-based UUID,
// with a random clock sequence and a random multicast node by default.
// https://docs.python.org/3/library/uuid.html#uuid.uuid1
func uuid1(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var node, seq starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "node?", &node, "clock_seq?", &seq); err != nil {
		return nil, py.ToException(err)
	}
	// 100-ns intervals since 1582-10-15, strictly increasing
	ts := uint64(time.Now().UnixNano()/100) + 0x01b21dd213814000
	last := core.RuntimeOf(thread).ModuleState(lastStamp{}, func() any { return new(uint64) }).(*uint64)
	if ts <= *last {
		ts = *last + 1
	}
	*last = ts
	u := &UUID{}
	rand.Read(u.b[8:])
	u.b[10] |= 0x01 // multicast bit: not a hardware address
	binary.BigEndian.PutUint32(u.b[0:], uint32(ts))
	binary.BigEndian.PutUint16(u.b[4:], uint16(ts>>32))
	binary.BigEndian.PutUint16(u.b[6:], uint16(ts>>48)&0x0fff)
	for _, f := range []struct {
		v        starlark.Value
		from, to int
	}{{seq, 8, 10}, {node, 10, 16}} {
		if f.v == starlark.None {
			continue
		}
		i, ok := f.v.(starlark.Int)
		if !ok {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for &: '%s' and 'int'", py.TypeName(f.v))
		}
		var buf [16]byte
		new(big.Int).And(i.BigInt(), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))).FillBytes(buf[:])
		copy(u.b[f.from:f.to], buf[16-(f.to-f.from):])
	}
	u.setVersion(1)
	return u, nil
}

// UUID is a uuid.UUID: 16 immutable bytes, safe to share.
type UUID struct{ b [16]byte }

var (
	_ starlark.HasAttrs    = (*UUID)(nil)
	_ starlark.HasSetField = (*UUID)(nil)
	_ starlark.Comparable  = (*UUID)(nil)
)

func (u *UUID) String() string        { return "UUID('" + u.str() + "')" }
func (u *UUID) Type() string          { return "UUID" }
func (u *UUID) Freeze()               {}
func (u *UUID) Truth() starlark.Bool  { return true }
func (u *UUID) PyClass() *py.Class    { return UUIDClass }
func (u *UUID) Hash() (uint32, error) { return u.int().Hash() }

// PyStr is str(u): the dashed hex form.
func (u *UUID) PyStr() string { return u.str() }

func (u *UUID) str() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *UUID) int() starlark.Int {
	return starlark.MakeBigInt(new(big.Int).SetBytes(u.b[:]))
}

// CompareSameType orders UUIDs by their integer value.
func (u *UUID) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.Compare(op, u.int(), y.(*UUID).int())
}

// SetField refuses, as UUIDs are immutable.
func (u *UUID) SetField(name string, v starlark.Value) error {
	return py.Raise(py.TypeError, "UUID objects are immutable")
}

// Attr implements starlark.HasAttrs.
func (u *UUID) Attr(name string) (starlark.Value, error) {
	if f, ok := uuidFields[name]; ok {
		return f(u), nil
	}
	return nil, py.Raisef(py.AttributeError, "'UUID' object has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (u *UUID) AttrNames() []string {
	names := make([]string, 0, len(uuidFields))
	for k := range uuidFields {
		names = append(names, k)
	}
	return names
}

func (u *UUID) uint(from, to int) uint64 {
	var n uint64
	for _, c := range u.b[from:to] {
		n = n<<8 | uint64(c)
	}
	return n
}

func (u *UUID) variant() string {
	switch v := u.b[8]; {
	case v&0x80 == 0:
		return reservedNCS
	case v&0x40 == 0:
		return rfc4122
	case v&0x20 == 0:
		return reservedMicrosoft
	}
	return reservedFuture
}

func mkUint(n uint64) starlark.Value { return starlark.MakeUint64(n) }

var uuidFields = map[string]func(u *UUID) starlark.Value{
	"hex":                  func(u *UUID) starlark.Value { return starlark.String(hex.EncodeToString(u.b[:])) },
	"int":                  func(u *UUID) starlark.Value { return u.int() },
	"bytes":                func(u *UUID) starlark.Value { return starlark.Bytes(u.b[:]) },
	"urn":                  func(u *UUID) starlark.Value { return starlark.String("urn:uuid:" + u.str()) },
	"variant":              func(u *UUID) starlark.Value { return starlark.String(u.variant()) },
	"time_low":             func(u *UUID) starlark.Value { return mkUint(u.uint(0, 4)) },
	"time_mid":             func(u *UUID) starlark.Value { return mkUint(u.uint(4, 6)) },
	"time_hi_version":      func(u *UUID) starlark.Value { return mkUint(u.uint(6, 8)) },
	"clock_seq_hi_variant": func(u *UUID) starlark.Value { return mkUint(u.uint(8, 9)) },
	"clock_seq_low":        func(u *UUID) starlark.Value { return mkUint(u.uint(9, 10)) },
	"node":                 func(u *UUID) starlark.Value { return mkUint(u.uint(10, 16)) },
	"clock_seq":            func(u *UUID) starlark.Value { return mkUint(u.uint(8, 10) & 0x3fff) },
	"time": func(u *UUID) starlark.Value {
		return mkUint((u.uint(6, 8)&0x0fff)<<48 | u.uint(4, 6)<<32 | u.uint(0, 4))
	},
	"version": func(u *UUID) starlark.Value {
		if u.variant() != rfc4122 {
			return starlark.None
		}
		return starlark.MakeInt(int(u.b[6] >> 4))
	},
	"fields": func(u *UUID) starlark.Value {
		return starlark.Tuple{mkUint(u.uint(0, 4)), mkUint(u.uint(4, 6)), mkUint(u.uint(6, 8)),
			mkUint(u.uint(8, 9)), mkUint(u.uint(9, 10)), mkUint(u.uint(10, 16))}
	},
}
