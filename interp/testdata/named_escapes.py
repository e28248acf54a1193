# \N{name} escapes in str literals: any case, as unicodedata.lookup
# finds names; raw strings and bytes keep them as text.
import unicodedata

s = "\N{CYRILLIC CAPITAL LETTER IO}\N{cyrillic small letter zhe}"
print(s, len(s), [unicodedata.name(c) for c in s])
print("a\N{EM DASH}b", "\N{BLACK STAR}" * 3, "\N{DEGREE SIGN}C", "\N{NO-BREAK SPACE}" == "\xa0")
print("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}текст\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}")
print("\N{HANGUL SYLLABLE GA}", "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{LATIN SMALL LETTER A}\n\N{DIGIT ONE}")
print(r"\N{EM DASH}", b"\N{EM DASH}", "\N{EM DASH}".encode())
print(unicodedata.lookup("em dash") == "\N{em dash}", unicodedata.name("\N{CYRILLIC SMALL LETTER IO}"))
