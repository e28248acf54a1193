import setmod

print(setmod.report())
setmod.enable()
print(setmod.debug, setmod.report())
setmod.debug = "внешний"
print(setmod.report())
setattr(setmod, "debug", 0)
print(setmod.report(), getattr(setmod, "debug"))
setmod.limit = 9
print(setmod.limit)
