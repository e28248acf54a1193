s = "Привет, мир"
print(s[::-1], s[0:6], s[-3:], s[::2], s[8:100], s[-100:2], s[5:1:-1])
l = list(range(10))
print(l[2:5], l[::-3], l[-2:], l[:], l[5:2], l[::-1][:3])
t = (1, 2, 3)
print(t[1:], "abc"[1:], b"xyz"[1:], "abcdef"[-2::-2], range(10)[2:8:3])
import random
random.seed(1)
for _ in range(2000):
    n = random.randint(0, 6)
    x = list(range(n))
    lo = random.choice([None, random.randint(-8, 8)])
    hi = random.choice([None, random.randint(-8, 8)])
    st = random.choice([None, 1, 2, 3, -1, -2, -3])
    print(x[lo:hi:st], "абвгде"[:n][lo:hi:st], end=";")
