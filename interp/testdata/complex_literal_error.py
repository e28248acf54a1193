# An imaginary literal followed by a letter.
x = 1jx
