import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

fr = [F(3, 7), F(1, 21), F(5, 3), F(1, 3)]
de = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
prices = [D("19.99"), D("5.01"), D("7.25"), D("12.00")]
for name in ["mean", "median", "median_low", "median_high", "mode", "variance", "pvariance", "stdev", "pstdev"]:
    fn = getattr(st, name)
    show(name + " frac", lambda: fn(fr))
    show(name + " dec", lambda: fn(de))
    show(name + " prices", lambda: fn(prices))
show("mean mixed int frac", lambda: st.mean([1, F(1, 2)]))
show("mean mixed float frac", lambda: st.mean([1.5, F(1, 2)]))
show("mean mixed dec int", lambda: st.mean([D("1.5"), 2]))
show("mean dec float", lambda: st.mean([D("1.5"), 2.5]))
show("mean dec frac", lambda: st.mean([D("1.5"), F(1, 2)]))
show("variance xbar", lambda: st.variance(de, D("0.6")))
show("pvariance mu frac", lambda: st.pvariance(fr, F(1, 2)))
show("stdev exact", lambda: st.stdev([D(1), D(3), D(5)]))
show("pstdev zero", lambda: st.pstdev([D(2), D(2)]))
show("stdev big", lambda: st.stdev([D("1.1"), D("2.2"), D("3.3"), D("4.4"), D("5.5")]))
show("harmonic frac", lambda: st.harmonic_mean([F(1, 2), F(1, 3)]))
show("harmonic dec", lambda: st.harmonic_mean([D("2.5"), D("3")]))
with localcontext() as c:
    c.prec = 6
    show("mean prec6", lambda: st.mean([D(1), D(2), D(2)]))
    show("stdev prec6", lambda: st.stdev([D(1), D(2), D(4)]))
show("next_plus", lambda: (D(4).next_plus(), D("1").next_minus(), D("-1").next_plus(), D("9.99").next_plus(), D(0).next_plus()))
show("mean bool", lambda: st.mean([True, False, True]))
show("mean str", lambda: st.mean(["1"]))
