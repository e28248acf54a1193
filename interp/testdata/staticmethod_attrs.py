# staticmethod and classmethod objects expose the function they wrap
# (__func__, __wrapped__) and its __name__, __qualname__ and __doc__.
class К:
    @staticmethod
    def с(x):
        "статический"
        return x * 2

    @classmethod
    def к(cls):
        "классовый"
        return cls.__name__


s, c = К.__dict__["с"], К.__dict__["к"]
print(s.__func__ is К.с, s.__func__(3), s.__wrapped__ is s.__func__, s.__name__, s.__qualname__, s.__doc__)
print(c.__func__(К), c.__func__.__qualname__, c.__name__, c.__doc__, c.__wrapped__ is c.__func__)
sm = staticmethod(len)
print(sm.__func__ is len, sm("абв"), sm.__name__, classmethod(print).__func__ is print)
try:
    s.нет
except AttributeError as e:
    print("AttributeError:", e)
