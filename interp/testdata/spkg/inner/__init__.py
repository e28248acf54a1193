from .deep import VALUE
def shout(s):
    return s.upper() + "!"
print("inner init", __name__, __package__, VALUE)
