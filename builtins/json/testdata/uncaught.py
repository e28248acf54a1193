# An uncaught JSONDecodeError names its class as CPython does.
import json

print(repr(json.JSONDecodeError))
json.loads("[1, 2,]")
