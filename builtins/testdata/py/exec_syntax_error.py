print("before")
code = "for i in range(3)\n    print(i)"
exec(code)
