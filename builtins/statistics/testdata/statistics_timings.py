import statistics
import threading

# per-thread "timings" (deterministic numbers standing in for measured ones)
timings = {}
lock = threading.Lock()


def worker(i):
    samples = [0.1 * (i + 1) + 0.01 * k for k in range(5)]
    with lock:
        timings[i] = samples


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(timings):
    s = timings[i]
    print(i, statistics.mean(s), statistics.median(s), statistics.stdev(s), statistics.pstdev(s), statistics.fmean(s))
everything = [x for i in sorted(timings) for x in timings[i]]
print(statistics.mean(everything), statistics.variance(everything), statistics.pvariance(everything))
print(statistics.quantiles(everything), statistics.quantiles(everything, n=10, method="inclusive"))

data = [1, 2, 3, 4, 4]
print(statistics.mean(data), statistics.mean([1, 2]), statistics.mean([2, 4]), statistics.mean([True, False]))
print(statistics.mean([1.5, 2]), statistics.mean([1, float("inf")]), statistics.mean([1e50, 1, -1e50] * 1000))
print(statistics.median(data), statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median([1.0, 2, 3, 4]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median(["b", "a", "c"]), statistics.mode(["red", "blue", "blue", "red", "green"]), statistics.mode([1, 1, 2, 3, 3, 3]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.variance([1, 2, 3]), statistics.variance([1, 2, 3, 4]))
print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.stdev([3, 3, 3]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.variance([1, 2, 3, 4], 2.5), statistics.pvariance([1, 2, 3, 4], mu=2), statistics.stdev(range(1, 100), xbar=50))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), statistics.fmean(iter([1, 2])))
print(statistics.geometric_mean([54, 24, 36]), statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5], n=3), statistics.quantiles([1.0, 10.0], n=4), statistics.quantiles([1, 2], n=1))
print(statistics.mean([2 ** 80, 1]), statistics.variance([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2]), statistics.pstdev([0.1] * 7))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
