namespace Divergence.Analysis.Evaluation;

/// <summary>The figures the targets are stated in, over a whole corpus.</summary>
public sealed record CorpusSummary(
    int Pairs, int AgreeingPairs, Tally AToB, Tally BToA, Tally Framing,
    int FalseOmissionsOnAgreeing, int FramingOnAgreeing)
{
    public Tally Omissions => AToB + BToA;

    /// <summary>Omissions reported on pairs labelled as agreeing: every one is a false alarm.</summary>
    public double FalseAlarmsPerAgreeingPair => AgreeingPairs == 0 ? 0 : (double)FalseOmissionsOnAgreeing / AgreeingPairs;

    /// <summary>The same, counting framing differences reported on agreeing pairs too.</summary>
    public double AllAlarmsPerAgreeingPair =>
        AgreeingPairs == 0 ? 0 : (double)(FalseOmissionsOnAgreeing + FramingOnAgreeing) / AgreeingPairs;

    public static CorpusSummary Of(IReadOnlyList<PairScore> scores)
    {
        var agreeing = scores.Where(s => s.Agreeing).ToList();
        return new CorpusSummary(scores.Count, agreeing.Count,
            scores.Aggregate(Tally.Zero, (t, s) => t + s.AToB),
            scores.Aggregate(Tally.Zero, (t, s) => t + s.BToA),
            scores.Aggregate(Tally.Zero, (t, s) => t + s.Framing),
            agreeing.Sum(s => s.Omissions.Predicted),
            agreeing.Sum(s => s.Framing.Predicted));
    }
}
