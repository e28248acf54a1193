# indexing a str counts code points, not bytes
word = "привет"
print(word[0], word[1], word[-1], word[-2], len(word))
print("привет"[0], "héllo"[1], "héllo"[4], "naïve café"[-1], "日本語"[2])
letters = []
for i in range(len(word)):
    letters.append(word[i])
print(letters, letters == list(word))
print([ch for ch in word], "".join(reversed(word)))
backwards = ""
i = len(word) - 1
while i >= 0:
    backwards += word[i]
    i -= 1
print(backwards)

# strings built at run time
greeting = "Здравствуй, " + "мир"
print(greeting[0], greeting[12], greeting[-3])
name = "Zoë"
tag = f"<{name}>"
print(tag[3], tag[-2], name.upper()[2], str(name)[-1], (name * 2)[4])
text = "a☃b"
print(text[1], text[2], text.replace("a", "α")[0], "%s!" % text)
print(("%s" % "ñu")[0], "{}".format("über")[0])


def last(value):
    text = str(value)
    return text[-1]


def pick():
    return "ёлка"


print(last("ёж"), last(12), pick()[1])
emoji = "😀😃😄"
print(emoji[1], emoji[-1], len(emoji))

# ASCII strings index as before
ascii_word = "python"
print(ascii_word[0], ascii_word[-1], "abc"[1])
count = 0
for k in range(1000):
    if ascii_word[k % 6] == "y":
        count += 1
print("count", count)

# slices and iteration were already by code point
print(word[1:3], word[::-1], word[-3:], [c for c in "ñá"])

# bad indexes raise as in CPython
for bad in [lambda: word[6], lambda: word[-7], lambda: word["0"], lambda: word[1.0], lambda: greeting[99]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(word[True], word[False])
print(word[10])
