# expandtabs counts columns in code points.
def tabs(s, n=8):
    return repr(s.expandtabs(n))


print(tabs("ж\tз"), tabs("жжж\tз", 4), tabs("日本\t語", 3), tabs("a\tбв\tг", 2))
print(tabs("строка\nж\tx"), tabs("👍🏽\t!", 4), tabs("\t", 0), tabs("ж\tж", 1))
