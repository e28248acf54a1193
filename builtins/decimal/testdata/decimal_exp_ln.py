from decimal import *
D=Decimal
for s in ['0','0.00','-0','1','1.000','10','100.0','0.001','2','-1','1E+3','-1000','1.0000000001','0.5','12345.6789','1e-30', '0.999999', '3.14159', '1E-10', '7']:
  r=[]
  for m in ('exp','ln','log10'):
    try: r.append(str(getattr(D(s),m)()))
    except Exception as e: r.append(type(e).__name__)
  print(s, r)
print(getcontext().flags[Inexact], getcontext().flags[InvalidOperation])
getcontext().prec=5
print(D(2).exp(), D(2).ln(), D(7).log10(), D('Infinity').exp(), D('-Infinity').exp(), D('Infinity').ln())
print(D(1).exp(Context(prec=50)), D(2).ln(Context(prec=60)))
getcontext().prec=28
print(D("NaN").exp())
from decimal import Decimal as D
for v in ['1.5','0.00001234','1234.5','0','0.000','-0.0001','123456789','1E+5','1.500','2.675','9.99', '0.0000001234', '-1.2E-7']:
  print(v, [format(D(v), s) for s in ['g','.3g','.1g','.0g','G','.10g','>10.2g','.2%', '+.4G']])
