# coding: cp1251
# A PEP 263 declaration of Windows-1251 (Cyrillic).
s = "Привет, мир! ё"
print(s, len(s), s.upper())
