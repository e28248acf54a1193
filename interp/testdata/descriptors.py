# User descriptors: __set_name__ at class creation, data descriptors
# before the instance dict, non-data descriptors after it, __get__ on the
# class with None, __set__ and __delete__.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.key = "_" + name

    def __get__(self, obj, cls):
        if obj is None:
            return f"<Field {self.key} of {cls.__name__}>"
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        print("set", self.key, value)
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print("delete", self.key)
        delattr(obj, self.key)


class Computed:
    def __get__(self, obj, cls):
        return "computed" if obj is not None else "on class"


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2


class Model:
    a = Field()
    b = Field()
    c = Computed()
    so = SetOnly()


m = Model()
print(m.a, Model.a, Model.c, m.c)
m.a = 1
print(m.a, m._a, vars(m))
m.__dict__["a"] = "shadow"
print(m.a)
m.c = "instance wins"
print(m.c, Model.c)
del m.a
print(m.a)
m.so = 5
print(m.so, vars(m)["so"])
try:
    del m.so
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Model):
    d = Field()


s = Sub()
s.b = 2
print(s.b, Sub.d, Sub.__mro__[1].__name__)
print(Model.mro() == list(Model.__mro__), [k.__name__ for k in Sub.mro()])
