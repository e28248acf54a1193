#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# A PEP 263 declaration: the file is decoded as latin-1.
s = "café © ÿ"
print(s, len(s), [ord(c) for c in s])
