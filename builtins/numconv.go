package builtins

// This file defines the int and float methods that convert: int.to_bytes,
// int.from_bytes, int.bit_count, int.as_integer_ratio,
// float.as_integer_ratio, float.hex and float.fromhex.

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	intMethods["to_bytes"] = intToBytes
	intMethods["bit_count"] = intBitCount
	intMethods["as_integer_ratio"] = intAsIntegerRatio
	intMethods["from_bytes"] = func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return intFromBytes(thread, nil, args, kwargs)
	}
	floatMethods["as_integer_ratio"] = floatAsIntegerRatio
	floatMethods["hex"] = floatHex
	floatMethods["fromhex"] = func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return floatFromhex(thread, nil, args, kwargs)
	}
}

// addNumberClassMethods puts the class methods int.from_bytes and
// float.fromhex in their types' Dicts.
func addNumberClassMethods() {
	IntType.Dict["from_bytes"] = starlark.NewBuiltin("from_bytes", intFromBytes)
	FloatType.Dict["fromhex"] = starlark.NewBuiltin("fromhex", floatFromhex)
}

// unpackByteorder unpacks the arguments of to_bytes and from_bytes after
// the first: byteorder='big', *, signed=False.
func unpackByteorder(name string, x any, xname string, args starlark.Tuple, kwargs []starlark.Tuple) (little, signed bool, err error) {
	var order starlark.Value = starlark.String("big")
	var signedv starlark.Value = starlark.False
	if len(args) > 2 {
		return false, false, py.Raisef(py.TypeError, "%s() takes at most 2 positional arguments (%d given)", name, len(args))
	}
	if err := starlark.UnpackArgs(name, args, kwargs, xname+"?", x, "byteorder?", &order, "signed?", &signedv); err != nil {
		return false, false, err
	}
	s, ok := order.(starlark.String)
	if !ok {
		return false, false, py.Raisef(py.TypeError, "%s() argument 'byteorder' must be str, not %s", name, py.TypeName(order))
	}
	if s != "big" && s != "little" {
		return false, false, py.Raise(py.ValueError, "byteorder must be either 'little' or 'big'")
	}
	return s == "little", bool(signedv.Truth()), nil
}

// intToBytes implements int.to_bytes(length=1, byteorder='big', *,
// signed=False).
// https://docs.python.org/3/library/stdtypes.html#int.to_bytes
func intToBytes(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lengthv starlark.Value = starlark.MakeInt(1)
	little, signed, err := unpackByteorder("to_bytes", &lengthv, "length", args, kwargs)
	if err != nil {
		return nil, err
	}
	length, err := py.AsSsize(lengthv)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, py.Raise(py.ValueError, "length argument must be non-negative")
	}
	n := boolToInt(recv).(starlark.Int).BigInt()
	if n.Sign() < 0 && !signed {
		return nil, py.Raise(py.OverflowError, "can't convert negative int to unsigned")
	}
	if !fitsBytes(n, length, signed) {
		return nil, py.Raise(py.OverflowError, "int too big to convert")
	}
	if err := core.CheckAllocN(thread, length, 1); err != nil {
		return nil, err
	}
	if n.Sign() < 0 { // two's complement: 2**(8*length) + n
		n.Add(n, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	b := n.FillBytes(make([]byte, length))
	if little {
		reverseBytes(b)
	}
	return starlark.Bytes(b), nil
}

// fitsBytes reports whether n fits in length bytes.
func fitsBytes(n *big.Int, length int, signed bool) bool {
	bitsLen := n.BitLen()
	if !signed {
		return bitsLen <= 8*length
	}
	if n.Sign() < 0 { // -2**(8*length-1) fits
		m := new(big.Int).Add(n, big.NewInt(1))
		bitsLen = m.BitLen()
	}
	return bitsLen < 8*length || n.Sign() == 0
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intFromBytes implements the class method int.from_bytes(bytes,
// byteorder='big', *, signed=False).
// https://docs.python.org/3/library/stdtypes.html#int.from_bytes
func intFromBytes(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	little, signed, err := unpackByteorder("from_bytes", &x, "bytes", args, kwargs)
	if err != nil {
		return nil, err
	}
	if x == nil {
		return nil, py.Raise(py.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	b, ok := BytesLike(x)
	if !ok {
		switch x.(type) {
		case starlark.String, starlark.Int, starlark.Bool, starlark.Float, starlark.NoneType:
			return nil, py.Raisef(py.TypeError, "cannot convert '%s' object to bytes", py.TypeName(x))
		}
		v, err := starlark.Call(thread, BytesType, starlark.Tuple{x}, nil)
		if err != nil {
			return nil, err
		}
		b = []byte(v.(starlark.Bytes))
	}
	b = append([]byte(nil), b...)
	if little {
		reverseBytes(b)
	}
	n := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return starlark.MakeBigInt(n), nil
}

// intBitCount implements int.bit_count(): the ones in abs(n) in binary.
func intBitCount(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("int", "bit_count", args, kwargs); err != nil {
		return nil, err
	}
	count := 0
	for _, w := range boolToInt(recv).(starlark.Int).BigInt().Bits() {
		count += bits.OnesCount(uint(w))
	}
	return starlark.MakeInt(count), nil
}

// intAsIntegerRatio implements int.as_integer_ratio(): (n, 1).
func intAsIntegerRatio(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("int", "as_integer_ratio", args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Tuple{boolToInt(recv), starlark.MakeInt(1)}, nil
}

// floatAsIntegerRatio implements float.as_integer_ratio(): the exact
// fraction, in lowest terms with a positive denominator.
func floatAsIntegerRatio(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("float", "as_integer_ratio", args, kwargs); err != nil {
		return nil, err
	}
	x := float64(recv.(starlark.Float))
	switch {
	case math.IsInf(x, 0):
		return nil, py.Raise(py.OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, py.Raise(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return starlark.Tuple{starlark.MakeBigInt(r.Num()), starlark.MakeBigInt(r.Denom())}, nil
}

// floatHex implements float.hex(): CPython's 0x1.<13 hex digits>p<exp>.
func floatHex(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC("float", "hex", args, kwargs); err != nil {
		return nil, err
	}
	x := float64(recv.(starlark.Float))
	switch {
	case math.IsNaN(x):
		return starlark.String("nan"), nil
	case math.IsInf(x, 1):
		return starlark.String("inf"), nil
	case math.IsInf(x, -1):
		return starlark.String("-inf"), nil
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	b := math.Float64bits(x)
	exp, mant := int(b>>52&0x7ff), b&(1<<52-1)
	switch {
	case exp == 0 && mant == 0:
		return starlark.String(sign + "0x0.0p+0"), nil
	case exp == 0: // subnormal
		return starlark.String(fmt.Sprintf("%s0x0.%013xp-1022", sign, mant)), nil
	}
	return starlark.String(fmt.Sprintf("%s0x1.%013xp%+d", sign, mant, exp-1023)), nil
}

// floatFromhex implements the class method float.fromhex(string).
func floatFromhex(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("fromhex", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	s, ok := v.(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "bad argument type for built-in operation")
	}
	f, err := parseHexFloat(string(s))
	if err != nil {
		return nil, err
	}
	return starlark.Float(f), nil
}

// parseHexFloat parses float.fromhex's syntax: [sign] ['0x'] digits
// ['.' digits] ['p' exponent], or inf, infinity or nan.
func parseHexFloat(s string) (float64, error) {
	bad := py.Raise(py.ValueError, "invalid hexadecimal floating-point string")
	s = strings.TrimSpace(s)
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return strconv.ParseFloat(sign+"inf", 64)
	case "nan":
		return math.NaN(), nil
	}
	low := strings.ToLower(s)
	low = strings.TrimPrefix(low, "0x")
	if low == "" || strings.ContainsAny(low, "_x+-") && !strings.Contains(low, "p") {
		return 0, bad
	}
	if !strings.Contains(low, "p") {
		low += "p0"
	}
	if strings.HasPrefix(low, "p") || strings.HasPrefix(low, ".p") || strings.Contains(low, "_") {
		return 0, bad
	}
	f, err := strconv.ParseFloat(sign+"0x"+low, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, py.Raise(py.OverflowError, "hexadecimal value too large to represent as a float")
		}
		return 0, bad
	}
	return f, nil
}
