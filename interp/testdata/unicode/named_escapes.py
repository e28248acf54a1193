# \N{NAME} escapes in str literals and f-strings: any case of a
# character's name, the algorithmic Hangul and CJK names; a bytes or
# raw literal keeps the text; a bad one is a SyntaxError.
print(ascii("\N{EM DASH}\N{cyrillic small letter io}\N{Latin Small Letter A}"))
print("\N{BULLET} Готово \N{CHECK MARK}", "\N{CYRILLIC CAPITAL LETTER ZHE}ук")
print(ascii("\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}"), len("\N{EM DASH}"))
print(b"\N{EM DASH}", r"\N{EM DASH}", "\\N{EM DASH}")
n = 3
print(f"{n}\N{EM DASH}{n + 1}", f"\N{BULLET} {n:\N{EM DASH}^7}", f"{{\N{BULLET}}}")
print("""\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}ёлка\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}""")
for src in ['"\\N{NO SUCH NAME}"', '"\\N"', '"\\N{EM DASH"', '"\\N{}"', 'f"\\N{NOPE}"']:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as exc:
        print(src, "SyntaxError", exc.msg.startswith("(unicode error)"), exc.msg.rsplit(": ", 1)[-1].removeprefix("(unicode error) "))
