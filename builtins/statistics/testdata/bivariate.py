import statistics as st
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("cov", lambda: st.covariance(x, y))
show("cov2", lambda: st.covariance([1.5, 2.25, 3.0], [10, 20.5, 29]))
show("corr", lambda: st.correlation(x, x))
show("corr2", lambda: st.correlation(x, y))
show("corr neg", lambda: st.correlation(x, x[::-1]))
show("corr const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
show("cov len", lambda: st.covariance([1, 2], [1]))
show("cov short", lambda: st.covariance([1], [1]))
show("corr short", lambda: st.correlation([1], [1]))
show("linreg", lambda: st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
years = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(years, films_total)
print(round(slope * 2019 + intercept))
r = st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True)
print(r, r.slope, r.intercept, r._fields, type(r).__name__)
show("linreg const", lambda: st.linear_regression([2, 2], [1, 3]))
show("linreg len", lambda: st.linear_regression([1, 2], [1, 2, 3]))
show("linreg short", lambda: st.linear_regression([1], [1]))
show("cov str", lambda: st.covariance(["a", "b"], [1, 2]))
