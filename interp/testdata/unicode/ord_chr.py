# ord and chr over the whole range, and their errors.
def codes(s):
    return [ord(c) for c in s]


print(codes("Ёё"), codes("Ωω"), codes("日"), codes("👍🏽"), codes("\x00\x7f\x80"))
print(chr(1025), chr(937), chr(26085), chr(128077), chr(0x10FFFF) == "\U0010ffff")
print("".join(chr(c + 1) for c in codes("абв")))
print(ord(chr(1071)), [chr(x) for x in range(1040, 1046)])
for bad in ["жж", "", "👍🏽"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
