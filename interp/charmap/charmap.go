// Package charmap holds the tables of the single-byte Cyrillic encodings
// that source decoding (PEP 263's "# coding: cp1251") and str.encode /
// bytes.decode use: Windows-1251 and KOI8-R.
package charmap

// CP1251 maps the bytes 0x80-0xFF of Windows-1251 to code points; 0x98,
// which the encoding leaves unmapped, maps to Undefined.
var CP1251 = [128]rune([]rune("\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\x00\u2122\u0459\u203a\u045a\u045c\u045b\u045f\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f"))

// Undefined marks a byte the encoding doesn't map.
const Undefined rune = 0

// EncodeCP1251 returns the Windows-1251 byte of r, if it has one.
func EncodeCP1251(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	b, ok := cp1251Bytes[r]
	return b, ok
}

var cp1251Bytes = func() map[rune]byte {
	m := make(map[rune]byte, len(CP1251))
	for i, r := range CP1251 {
		if r != Undefined {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

// KOI8R maps the bytes 0x80-0xFF of KOI8-R to code points.
var KOI8R = [128]rune([]rune("\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248\u2264\u2265\u00a0\u2321\u00b0\u00b2\u00b7\u00f7\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556\u2557\u2558\u2559\u255a\u255b\u255c\u255d\u255e\u255f\u2560\u2561\u0401\u2562\u2563\u2564\u2565\u2566\u2567\u2568\u2569\u256a\u256b\u256c\u00a9\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a\u042e\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f\u042f\u0420\u0421\u0422\u0423\u0416\u0412\u042c\u042b\u0417\u0428\u042d\u0429\u0427\u042a"))

// Table is a single-byte encoding: its bytes 0x80-0xFF (below them,
// ASCII) and their inverse.
type Table struct {
	decode *[128]rune
	encode map[rune]byte
}

// Tables are the single-byte encodings by their normalized names.
var Tables = map[string]*Table{
	"cp1251": {decode: &CP1251, encode: cp1251Bytes},
	"koi8-r": newTable(&KOI8R),
}

func newTable(decode *[128]rune) *Table {
	t := &Table{decode: decode, encode: make(map[rune]byte, len(decode))}
	for i, r := range decode {
		if r != Undefined {
			t.encode[r] = byte(0x80 + i)
		}
	}
	return t
}

// Encode returns the byte of r, if the encoding has one.
func (t *Table) Encode(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	b, ok := t.encode[r]
	return b, ok
}

// Decode returns the code point of b, if the encoding maps it.
func (t *Table) Decode(b byte) (rune, bool) {
	if b < 0x80 {
		return rune(b), true
	}
	r := t.decode[b-0x80]
	return r, r != Undefined
}
