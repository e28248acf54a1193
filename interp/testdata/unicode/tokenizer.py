# A hand-written tokenizer: a cursor, find with a start, and slices.
def tokens(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "«":
            j = text.find("»", i + 1)
            out.append(("цитата", text[i + 1:j]))
            i = j + 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            out.append(("число", int(text[i:j])))
            i = j
        else:
            j = i
            while j < n and text[j].isalpha():
                j += 1
            j = max(j, i + 1)
            out.append(("слово", text[i:j]))
            i = j
    return out


for t in tokens("Он сказал «привет, мир» 42 раза; ΩΩ 7日"):
    print(t)
