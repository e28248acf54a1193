// Package random is spindle's random module: CPython's Mersenne Twister,
// seeded as CPython seeds it, and CPython's algorithms on top, so that a
// script that seeds the generator prints the numbers CPython prints.
package random

// This file defines the module table, the Random class and seeding.

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the random module. Its functions share one generator per
// Interpreter, seeded from OS entropy on first use. Members:
//
//	seed(a=None, version=2)
//	random()
//	getrandbits(k)
//	randbytes(n)
//	randrange(start, stop=None, step=1)
//	randint(a, b)
//	choice(seq)
//	shuffle(x)
//	sample(population, k, *, counts=None)
//	choices(population, weights=None, *, cum_weights=None, k=1)
//	uniform(a, b)
//	triangular(low=0.0, high=1.0, mode=None)
//	gauss(mu=0.0, sigma=1.0)
//	normalvariate(mu=0.0, sigma=1.0)
//	expovariate(lambd)
//	getstate(), setstate(state)
//	Random(x=None): a class whose instances have the methods above
var Module = &core.Module{Name: "random", Members: members()}

// RandomClass is random.Random.
var RandomClass = newRandomClass()

func newRandomClass() *py.Class {
	c := py.NewClass("Random", "random")
	c.Ext = &py.NativeClass{New: newRandomObject}
	return c
}

// method is the implementation of a Random method for generator r.
type method func(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// methods is the table of Random methods, shared by the module functions.
var methods = map[string]method{
	"seed":          randomSeed,
	"random":        randomRandom,
	"getrandbits":   randomGetrandbits,
	"randbytes":     randomRandbytes,
	"randrange":     randomRandrange,
	"randint":       randomRandint,
	"choice":        randomChoice,
	"shuffle":       randomShuffle,
	"sample":        randomSample,
	"choices":       randomChoices,
	"uniform":       randomUniform,
	"triangular":    randomTriangular,
	"gauss":         randomGauss,
	"normalvariate": randomNormalvariate,
	"expovariate":   randomExpovariate,
	"getstate":      randomGetstate,
	"setstate":      randomSetstate,
}

func members() starlark.StringDict {
	m := starlark.StringDict{"Random": RandomClass}
	for name, fn := range methods {
		m[name] = starlark.NewBuiltin(name, moduleFunc(fn))
	}
	return m
}

// moduleFunc adapts a method to a module function that uses the
// Interpreter's shared generator.
func moduleFunc(fn method) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(shared(thread), thread, b.Name(), args, kwargs)
	}
}

type stateKey struct{}

// shared returns the Interpreter's generator, creating it on first use.
// Without a Runtime (a bare starlark.Thread), the thread holds it.
func shared(thread *starlark.Thread) *Random {
	mk := func() any {
		r := &Random{}
		r.seedEntropy()
		return r
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		return rt.ModuleState(stateKey{}, mk).(*Random)
	}
	if r, ok := thread.Local("spindle.random").(*Random); ok {
		return r
	}
	r := mk().(*Random)
	thread.SetLocal("spindle.random", r)
	return r
}

// Random is a random.Random instance: a Mersenne Twister and the gauss
// cache. It is guarded by the GIL of the Interpreter that owns it.
type Random struct {
	mt        mt
	gaussNext float64
	hasGauss  bool
	attrs     py.AttrDict // attributes set by scripts
}

var _ starlark.HasAttrs = (*Random)(nil)

// newRandomObject implements Random(x=None).
// https://docs.python.org/3/library/random.html#random.Random
func newRandomObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r := &Random{}
	if _, err := randomSeed(r, thread, "Random", args, kwargs); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Random) String() string        { return "<random.Random object at " + hexAddr(r) + ">" }
func (r *Random) Type() string          { return "Random" }
func (r *Random) Freeze()               {}
func (r *Random) Truth() starlark.Bool  { return true }
func (r *Random) Hash() (uint32, error) { return uint32(py.Addr(r)), nil }

// PyClass returns random.Random.
func (r *Random) PyClass() *py.Class { return RandomClass }

// Attr returns a method bound to r.
func (r *Random) Attr(name string) (starlark.Value, error) {
	if v, ok := r.attrs.Get(name); ok {
		return v, nil
	}
	fn, ok := methods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(r, thread, name, args, kwargs)
	}).BindReceiver(r), nil
}

// AttrNames implements starlark.HasAttrs.
func (r *Random) AttrNames() []string {
	names := make([]string, 0, len(methods))
	for k := range methods {
		names = append(names, k)
	}
	return append(names, r.attrs.Names()...)
}

// SetField sets an attribute: a Random has a __dict__.
func (r *Random) SetField(name string, v starlark.Value) error { return r.attrs.Set(name, v) }

// DelField deletes an attribute a script set.
func (r *Random) DelField(name string) error { return r.attrs.Delete(r, name) }

func hexAddr(v any) string { return "0x" + big.NewInt(int64(py.Addr(v))).Text(16) }

// randomSeed implements seed(a=None, version=2).
// https://docs.python.org/3/library/random.html#random.seed
func randomSeed(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a starlark.Value = starlark.None
	version := 2
	if err := core.UnpackArgs(name, args, kwargs, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	r.hasGauss = false
	switch v := a.(type) {
	case starlark.NoneType:
		r.seedEntropy()
		return starlark.None, nil
	case starlark.Int:
		r.seedInt(new(big.Int).Abs(v.BigInt()))
		return starlark.None, nil
	case starlark.String:
		r.seedBytes(string(v), version, false)
		return starlark.None, nil
	case starlark.Bytes:
		r.seedBytes(string(v), version, true)
		return starlark.None, nil
	case starlark.Bool:
		r.seedInt(big.NewInt(int64(b2i(bool(v)))))
		return starlark.None, nil
	case starlark.Float:
		r.seedInt(new(big.Int).SetUint64(uint64(floatHash(float64(v)))))
		return starlark.None, nil
	}
	return nil, py.Raise(py.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// seedEntropy seeds from the OS, as random_seed_urandom does.
func (r *Random) seedEntropy() {
	var buf [mtN * 4]byte
	rand.Read(buf[:])
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	r.mt.initByArray(key)
}

// seedInt seeds from a non-negative integer: init_by_array over its
// little-endian 32-bit words.
func (r *Random) seedInt(n *big.Int) {
	b := n.Bytes() // big-endian
	nwords := max(1, (len(b)+3)/4)
	key := make([]uint32, nwords)
	for i := 0; i < len(b); i++ {
		pos := len(b) - 1 - i // byte i from the little end
		key[i/4] |= uint32(b[pos]) << (8 * (i % 4))
	}
	r.mt.initByArray(key)
}

// seedBytes seeds from a str or bytes value.
func (r *Random) seedBytes(s string, version int, isBytes bool) {
	if version == 1 {
		r.seedInt(new(big.Int).SetUint64(version1(s, isBytes)))
		return
	}
	sum := sha512.Sum512([]byte(s))
	r.seedInt(new(big.Int).SetBytes(append([]byte(s), sum[:]...)))
}

// version1 is the pre-3.2 string hash that seed(a, version=1) uses.
func version1(s string, isBytes bool) uint64 {
	runes := []rune(s)
	if isBytes {
		runes = make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			runes[i] = rune(s[i])
		}
	}
	var x uint64
	if len(runes) > 0 {
		x = uint64(runes[0]) << 7
	}
	for _, c := range runes {
		x = (1000003 * x) ^ uint64(c)
	}
	return x ^ uint64(len(runes))
}

// floatHash is CPython's hash(float) as the unsigned size_t that
// random_seed uses for a non-int seed.
func floatHash(v float64) uint64 {
	const bits, modulus = 61, 1<<61 - 1
	switch {
	case math.IsInf(v, 1):
		return 314159
	case math.IsInf(v, -1):
		return math.MaxUint64 - 314159 + 1
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := uint64(1)
	if m < 0 {
		sign, m = ^uint64(0), -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e = e % bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & modulus) | x>>(bits-uint(e))
	x *= sign
	if x == ^uint64(0) {
		x--
	}
	return x
}
