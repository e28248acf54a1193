# isupper, islower and istitle use Unicode's Uppercase and Lowercase
# properties, as CPython does: Roman numerals, circled letters, ª and º
# have case; a titlecase letter (ǅ) is neither upper nor lower.
for s in ["Ⅻ", "ⅻ", "ⅫⅠ", "Ⓐ", "ⓐ", "ª", "º", "ᵃ", "ǅ", "ǅa", "Ⅻ век", "ГЛАВА Ⅻ", "глава ⅻ",
          "Ёж", "ЁЖ", "ёж", "ǈ", "ʰ", "ꟸ", "ⅯⅯⅩⅩⅣ", "Ⅻа", "Ⓜосква"]:
    print(f"{s!r:10} upper={s.isupper()!s:5} lower={s.islower()!s:5} title={s.istitle()!s:5} "
          f"alpha={s.isalpha()!s:5} swap={s.swapcase()!r}")
print(sum(chr(c).isupper() for c in range(0x2150, 0x2190)), sum(chr(c).islower() for c in range(0x24b6, 0x24ea)))
