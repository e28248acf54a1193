# A str subclass's instance on either side of in, where the text's
# kind is not visible to the lowering.
class Word(str):
    pass

def contains(part, whole):
    return part in whole

print(contains(Word("ab"), "xaby"), contains("ab", Word("zab")), contains(Word("q"), Word("qq")))
print(contains(Word("z"), "abc"), contains(Word("a"), ["a"]), contains("a", [Word("a")]))
for bad in (1, None, ["a"]):
    try:
        contains(bad, "abc")
    except TypeError as e:
        print(e)
