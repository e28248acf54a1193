package base64

// This file defines the base32 encodings of the two alphabets.

import "encoding/base32"

var (
	stdBase32 = base32.NewEncoding(b32Alphabet)
	hexBase32 = base32.NewEncoding(b32HexAlphabet)
)

// base32Encoding returns the encoding of alphabet, with padding.
func base32Encoding(alphabet string) *base32.Encoding {
	if alphabet == b32HexAlphabet {
		return hexBase32
	}
	return stdBase32
}
