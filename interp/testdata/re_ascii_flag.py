# re.ASCII (re.A) makes \w, \W, \d and \D match ASCII only; re.UNICODE
# (re.U) is the default for str patterns.
import re

текст = "Мир труд май abc_1 ٣٤ 42"
print(re.findall(r"\w+", текст))
print(re.findall(r"\w+", текст, flags=re.ASCII), re.findall(r"\w+", текст, re.A))
print(re.findall(r"\d+", текст), re.findall(r"\d+", текст, re.ASCII))
print(re.sub(r"\W+", "|", текст, flags=re.ASCII), re.split(r"\D+", текст, flags=re.A))
print(re.findall(r"[\w]+", "ёж ab", re.ASCII), re.findall(r"\w+", "ёж ab", re.UNICODE | re.IGNORECASE))
print(int(re.ASCII), re.A == re.ASCII, int(re.UNICODE), re.U == re.UNICODE)
