namespace Divergence.Bench;

/// <summary>One row of the results table: what was measured, against what target, and how to reproduce it.</summary>
public sealed record Figure(string Name, string Target, string Measured, double? Ratio, bool? Met, string Command)
{
    public string MetText => Met switch { true => "yes", false => "NO", null => "-" };
    public string RatioText => Ratio is { } r ? $"{r:0.00}x" : "-";
}
