package random

// This file defines the MT19937 Mersenne Twister, seeded exactly as
// CPython's _random module seeds it (init_genrand, init_by_array).

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	initialSeed = 19650218
)

// mt is the generator state. It is guarded by the GIL of the Interpreter
// that owns it.
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand seeds the state from one 32-bit word.
func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds the state from a key of 32-bit words.
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(initialSeed)
	s := &m.state
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
	}
	s[0] = 0x80000000
}

// uint32 returns the next 32-bit output.
func (m *mt) uint32() uint32 {
	if m.index >= mtN {
		m.twist()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt) twist() {
	s := &m.state
	for kk := 0; kk < mtN; kk++ {
		y := (s[kk] & upperMask) | (s[(kk+1)%mtN] & lowerMask)
		v := s[(kk+mtM)%mtN] ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		s[kk] = v
	}
	m.index = 0
}

// float returns a float in [0, 1) with 53 random bits, as
// random_random does.
func (m *mt) float() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits returns k random bits (k > 0) as little-endian 32-bit words, as
// random_getrandbits fills them.
func (m *mt) bits(k int) []uint32 {
	words := make([]uint32, (k-1)/32+1)
	for i := range words {
		r := m.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		words[i] = r
		k -= 32
	}
	return words
}
