from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, Overflow
cases = [(2,"0.5"),("1.21","0.5"),(1,"0.5"),("1.000","2.5"),(0,"0.5"),(0,"-0.5"),(-8,"0.5"),("Infinity","0.5"),("Infinity","-0.5"),(4,"1.5"),(100,"0.5"),("0.25","0.5"),(2,"2.0"),(2,"-2.0"),(10,"0.3"),(9,"0.5"),("1E+1000","0.5"), (2, "1E+10"), (2,"-1E+10"), ("0.5", "1E+10"), ("1.5", "1.5E+3"),
         (2,"Infinity"),("0.5","Infinity"),(1,"Infinity"),(2,"-Infinity"),("NaN","0.5"),(2,"NaN"), ("-0", "0.5"), ("-0","-0.5"), ("-Infinity","0.5"), ("1.0001", "-12345.678"), ("123.456", "-0.001")]
for x, y in cases:
    getcontext().clear_flags()
    try:
        r = D(x) ** D(y)
        print(x, y, repr(r), sorted(k.__name__ for k, v in getcontext().flags.items() if v))
    except Exception as e:
        print(x, y, type(e).__name__)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(2) ** D("0.5"), D(3) ** D("0.25"), 2 ** D("0.5"), pow(D(2), D("0.5")))
with localcontext() as ctx:
    ctx.prec = 50
    print(D(2) ** D("0.5"), D("1.05") ** D("7.5"))
rate = D("0.07")
print(f"{D(1000) * (1 + rate) ** D('2.5'):.2f}", (D(1) + rate) ** D("0.5"))
