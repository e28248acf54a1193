# int.bit_length and float.is_integer.
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2**100).bit_length())
print((2.0).is_integer(), 2.5.is_integer(), float("inf").is_integer(), float("nan").is_integer(), (-0.0).is_integer())
n = 10 ** 0.5
print(n.is_integer(), (16 ** 0.5).is_integer())
