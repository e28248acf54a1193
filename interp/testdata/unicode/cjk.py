# Chinese and Japanese: one code point per character, whatever its width.
def describe(s):
    return len(s), s[0], s[-1], s[1:3], s.find("語"), s.center(9, "。")


print(describe("日本語の文章"))
print(describe("中文语言"))
words = "東京 大阪 京都".split()
print(words, [w[0] for w in words], [len(w) for w in words])
print("漢字".isalpha(), "漢字".isupper(), "漢字".islower(), "漢字".upper(), "一二三".isnumeric(), "一".isdigit())
print(f"{'東京':>6}|{'東京':<6}|", "%-5s|" % "大阪", "京都".zfill(4))
print(sorted("語日本"), "語" in "日本語", "".join(reversed("日本語")))
