# Indexing a sequence with a non-int raises CPython's TypeError.
key, half, none = "a", 1.5, None
for seq, index in [([1], key), ((1,), key), ("abc", key), ([1], half), ("ab", none)]:
    try:
        seq[index]
    except TypeError as e:
        print("TypeError:", e)
