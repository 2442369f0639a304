namespace Divergence.Bench;

/// <summary>Latency samples in milliseconds and the percentiles the table reports.</summary>
public sealed class Latencies(IEnumerable<double> samples)
{
    readonly double[] sorted = samples.Order().ToArray();

    public int Count => sorted.Length;

    public double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double P99 => Percentile(99);

    public override string ToString() => $"p50 {P50:0.00} ms, p95 {P95:0.00} ms, p99 {P99:0.00} ms";
}
