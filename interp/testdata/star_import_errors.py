# A bad __all__: a name the module lacks (the names before it are bound),
# an item that is not a str.
try:
    from starpkg.badall import *
except AttributeError as e:
    print(e)
print(a)
try:
    from starpkg.intall import *
except TypeError as e:
    print(e)
