package hashlib

// This file defines BLAKE2b and BLAKE2s (RFC 7693) with the parameters
// hashlib takes: digest_size, key, salt and person. Both run on 64-bit
// words, masked to 32 bits for BLAKE2s.

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// blake2Params are what tells BLAKE2b from BLAKE2s.
type blake2Params struct {
	name       string
	wordBytes  int // 8 or 4
	rounds     int
	rot        [4]int
	iv         [8]uint64
	maxDigest  int // also the maximum key length
	saltLength int // also the personalization's
}

var (
	blake2bParams = &blake2Params{name: "blake2b", wordBytes: 8, rounds: 12, rot: [4]int{32, 24, 16, 63},
		iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
			0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
		maxDigest: 64, saltLength: 16}
	blake2sParams = &blake2Params{name: "blake2s", wordBytes: 4, rounds: 10, rot: [4]int{16, 12, 8, 7},
		iv:        [8]uint64{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
		maxDigest: 32, saltLength: 8}
)

var sigma = [10][16]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2 is a BLAKE2 hash state, a hash.Hash.
type blake2 struct {
	p       *blake2Params
	size    int
	h       [8]uint64
	t       uint64 // bytes compressed so far (hashlib's inputs stay below 2**64)
	buf     []byte // the pending block, never compressed until more data comes
	initial [8]uint64
	key     []byte
}

var _ hash.Hash = (*blake2)(nil)

// newBlake2 returns a state for the given digest size, key, salt and
// personalization, which the caller has checked.
func newBlake2(p *blake2Params, size int, key, salt, person []byte) *blake2 {
	b := &blake2{p: p, size: size, key: append([]byte(nil), key...)}
	b.initial = p.iv
	b.initial[0] ^= 0x01010000 ^ uint64(len(key))<<8 ^ uint64(size)
	half := p.saltLength / 2
	for i, words := range [][]byte{pad(salt, p.saltLength), pad(person, p.saltLength)} {
		b.initial[4+2*i] ^= b.word(words[:half])
		b.initial[5+2*i] ^= b.word(words[half:])
	}
	b.Reset()
	return b
}

func pad(b []byte, n int) []byte { return append(append([]byte(nil), b...), make([]byte, n-len(b))...) }

func (b *blake2) word(x []byte) uint64 {
	if b.p.wordBytes == 8 {
		return binary.LittleEndian.Uint64(x)
	}
	return uint64(binary.LittleEndian.Uint32(x))
}

func (b *blake2) blockSize() int { return 16 * b.p.wordBytes }

// Reset implements hash.Hash.
func (b *blake2) Reset() {
	b.h, b.t, b.buf = b.initial, 0, nil
	if len(b.key) > 0 {
		b.buf = pad(b.key, b.blockSize())
	}
}

func (b *blake2) Size() int      { return b.size }
func (b *blake2) BlockSize() int { return b.blockSize() }

// Write implements hash.Hash.
func (b *blake2) Write(data []byte) (int, error) {
	n := len(data)
	for len(data) > 0 {
		if len(b.buf) == b.blockSize() {
			b.t += uint64(len(b.buf))
			b.compress(b.buf, false)
			b.buf = b.buf[:0]
		}
		k := min(b.blockSize()-len(b.buf), len(data))
		b.buf = append(b.buf, data[:k]...)
		data = data[k:]
	}
	return n, nil
}

// Sum implements hash.Hash, leaving the state as it was.
func (b *blake2) Sum(in []byte) []byte {
	c := b.clone()
	c.t += uint64(len(c.buf))
	c.compress(pad(c.buf, c.blockSize()), true)
	out := make([]byte, 8*c.p.wordBytes)
	for i, w := range c.h {
		if c.p.wordBytes == 8 {
			binary.LittleEndian.PutUint64(out[8*i:], w)
		} else {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(w))
		}
	}
	return append(in, out[:c.size]...)
}

func (b *blake2) clone() *blake2 {
	c := *b
	c.buf = append([]byte(nil), b.buf...)
	return &c
}

func (b *blake2) mask() uint64 {
	if b.p.wordBytes == 8 {
		return ^uint64(0)
	}
	return 0xffffffff
}

func (b *blake2) rotr(x uint64, r int) uint64 {
	if b.p.wordBytes == 8 {
		return bits.RotateLeft64(x, -r)
	}
	return uint64(bits.RotateLeft32(uint32(x), -r))
}

// compress mixes one block into the state.
func (b *blake2) compress(block []byte, last bool) {
	var m, v [16]uint64
	for i := range m {
		m[i] = b.word(block[i*b.p.wordBytes:])
	}
	mask := b.mask()
	copy(v[:8], b.h[:])
	copy(v[8:], b.p.iv[:])
	v[12] ^= b.t & mask
	if b.p.wordBytes == 4 {
		v[13] ^= b.t >> 32
	}
	if last {
		v[14] = ^v[14] & mask
	}
	r := b.p.rot
	g := func(a, bb, c, d int, x, y uint64) {
		v[a] = (v[a] + v[bb] + x) & mask
		v[d] = b.rotr(v[d]^v[a], r[0])
		v[c] = (v[c] + v[d]) & mask
		v[bb] = b.rotr(v[bb]^v[c], r[1])
		v[a] = (v[a] + v[bb] + y) & mask
		v[d] = b.rotr(v[d]^v[a], r[2])
		v[c] = (v[c] + v[d]) & mask
		v[bb] = b.rotr(v[bb]^v[c], r[3])
	}
	for i := 0; i < b.p.rounds; i++ {
		s := sigma[i%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}
