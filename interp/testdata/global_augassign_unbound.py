# A module-level x += 1 above any binding of x raises NameError when it
# runs, after the lines above it ran.
print("start")
x += 1
x = 0
