import statistics as st
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([5]), st.harmonic_mean([2.5]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([0.1, 0.2, 0.7]))
print(st.harmonic_mean(iter([1, 2, 4])), st.harmonic_mean([1, 2], weights=[0, 1]))
for bad in ([], [-1], [1, -2], ):
    try:
        st.harmonic_mean(bad)
    except st.StatisticsError as e:
        print(e)
try:
    st.harmonic_mean([1, 2], weights=[1])
except st.StatisticsError as e:
    print(e)
try:
    st.harmonic_mean([1, 2], weights=[0, 0])
except st.StatisticsError as e:
    print(e)
try:
    st.harmonic_mean(["a"])
except TypeError as e:
    print(e)
