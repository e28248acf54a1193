print("start")
eval("1/0")
