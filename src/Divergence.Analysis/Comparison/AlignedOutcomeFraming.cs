using Divergence.Analysis.Embedding;
using Divergence.Analysis.Text;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Settled against still open, between two claims that say the same thing in other words, where no taxonomy topic
/// names what they are about: "announced the stand-up of Task Force X" against "discussed the proposal to establish
/// a Task Force X". The claims are each other's closest (content-word embeddings, both ways, cosine at least
/// <see cref="MinSimilarity"/>); only this contrast counts, because the stance lexicon's objections ("the threat
/// posed by") read differences into matched claims that the labels do not see (docs/analysis-calibration.md, 1.3).
/// </summary>
static class AlignedOutcomeFraming
{
    public const double Confidence = 0.55;
    public const double MinSimilarity = 0.6;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, IReadOnlyCollection<FramingDifference> found)
    {
        foreach (var ca in a.Claims.Where(Usable))
        {
            var cb = Closest(ca, b);
            if (cb is null || Closest(cb, a) != ca || QuantizedVector.Cosine(ca.Vector!, cb.Vector!) < MinSimilarity) continue;
            if (found.Any(f => Same(f.A, ca) || Same(f.B, cb))) continue;
            var (sa, sb) = (StanceMarkers.Stances(ca.Claim.Text), StanceMarkers.Stances(cb.Claim.Text));
            if (!StanceMarkers.SettledAgainstOpen(sa, sb)) continue;
            var words = ContentWords.Of(ca.Claim.Text).Take(6).Select(w => w.ToLowerInvariant()).ToList();
            yield return Outcome("outcome-of:" + string.Join('-', words), "Outcome: " + string.Join(' ', words), a, ca, sa, b, cb, sb);
        }
    }

    /// <summary>The framing of one thing settled on one side and still open on the other, each side marked so.</summary>
    internal static FramingDifference Outcome(string topic, string label, AccountProfile a, ClaimProfile ca, HashSet<string> sa,
        AccountProfile b, ClaimProfile cb, HashSet<string> sb) =>
        new(topic, label,
            FramingSide.Of(a.Account.Issuer, ca.Evidence, [StanceMarkers.Settled(sa) ? "settled" : "open"]),
            FramingSide.Of(b.Account.Issuer, cb.Evidence, [StanceMarkers.Settled(sb) ? "settled" : "open"]), Confidence);

    // Topicless English claims only: a claim with a topic is compared through the topic (StanceFraming).
    static bool Usable(ClaimProfile c) => !c.IsKorean && c.Vector is not null && !c.Claim.Setting && c.Claim.Topics.Count == 0
        && c.Stems.Count >= OpenVocabularyRule.MinEnglishContentWords;

    static ClaimProfile? Closest(ClaimProfile claim, AccountProfile other) =>
        other.Claims.Where(Usable).MaxBy(o => QuantizedVector.Cosine(claim.Vector!, o.Vector!));

    /// <summary>The framing side quotes this claim.</summary>
    internal static bool Same(FramingSide side, ClaimProfile c) => side.StatementId == c.StatementId && side.Start == c.Claim.Start;
}
