# No suggestion when the object has 750 attributes or more.
class Bag:
    pass


bag = Bag()
for i in range(800):
    setattr(bag, "item%d" % i, i)
print(bag.item1)
print(bag.item1x)
