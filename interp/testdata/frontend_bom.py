# A UTF-8 byte order mark is not part of the program.
print("привет", len("привет"))
