namespace Divergence.Analysis.Comparison;

/// <summary>
/// A position only one side takes (denuclearization, the war's "root causes"), against what the other side says of
/// the same subject instead: one framing difference quoting each side, in the order of the comparison.
/// </summary>
static class OneSidedPosition
{
    public static FramingDifference? Between(AccountProfile a, AccountProfile b, string topic, string label, double confidence,
        Func<AccountProfile, ClaimProfile?> position, string positionQualifier,
        Func<AccountProfile, ClaimProfile?> answer, IReadOnlyList<string> answerQualifiers)
    {
        var (inA, inB) = (position(a), position(b));
        if ((inA is null) == (inB is null)) return null;
        var (holder, other) = inA is not null ? (a, b) : (b, a);
        if (answer(other) is not { } reply) return null;
        var held = FramingSide.Of(holder.Account.Issuer, (inA ?? inB)!.Evidence, [positionQualifier]);
        var answered = FramingSide.Of(other.Account.Issuer, reply.Evidence, answerQualifiers);
        return inA is not null
            ? new FramingDifference(topic, label, held, answered, confidence)
            : new FramingDifference(topic, label, answered, held, confidence);
    }
}
