using Divergence.Analysis.Comparison;

namespace Divergence.Analysis.Evaluation;

/// <summary>How one pair scored, with the predictions that missed and the gold that was not found (for reading).</summary>
public sealed record PairScore(
    string Name, bool Agreeing, Tally AToB, Tally BToA, Tally Framing,
    IReadOnlyList<Omission> FalseOmissions, IReadOnlyList<GoldOmission> MissedOmissions,
    IReadOnlyList<string> LabelProblems,
    IReadOnlyList<FramingDifference>? FalseFraming = null, IReadOnlyList<GoldFraming>? MissedFraming = null)
{
    public Tally Omissions => AToB + BToA;
}
