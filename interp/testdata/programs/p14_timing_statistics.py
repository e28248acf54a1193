"""Statistics over (deterministic) task timings gathered by threads."""
import statistics
import threading

DURATIONS = {
    "parse": [12.5, 11.0, 13.25, 12.0, 40.0],
    "render": [5.0, 5.5, 6.0, 5.25, 5.75, 6.25],
    "save": [100, 98, 102, 101, 99],
}
results = {}
lock = threading.Lock()


def summarize(name, samples):
    s = {
        "n": len(samples),
        "mean": statistics.mean(samples),
        "median": statistics.median(samples),
        "stdev": round(statistics.stdev(samples), 4),
        "pstdev": round(statistics.pstdev(samples), 4),
        "min": min(samples),
        "max": max(samples),
    }
    with lock:
        results[name] = s


def main():
    threads = [threading.Thread(target=summarize, args=item) for item in DURATIONS.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name in sorted(results):
        r = results[name]
        print(f"{name:<7} n={r['n']} mean={r['mean']:.3f} median={r['median']} "
              f"stdev={r['stdev']} pstdev={r['pstdev']} range=[{r['min']}, {r['max']}]")
    all_samples = [x for v in DURATIONS.values() for x in v]
    print("overall median_low/high:", statistics.median_low(all_samples), statistics.median_high(all_samples))
    print("quantiles:", statistics.quantiles(all_samples, n=4))
    print("mode:", statistics.mode([1, 2, 2, 3, 3, 3]), statistics.multimode("aabbc"))
    print("fmean:", statistics.fmean([1, 2, 3, 4]))
    print("variance:", statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
    print("harmonic:", statistics.harmonic_mean([40, 60]))
    print("geometric:", round(statistics.geometric_mean([54, 24, 36]), 6))
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    try:
        statistics.stdev([1])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)


if __name__ == "__main__":
    main()
