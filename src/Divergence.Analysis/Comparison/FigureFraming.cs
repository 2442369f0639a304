namespace Divergence.Analysis.Comparison;

/// <summary>
/// Both sides give a figure on the same topic, and the figures differ ("spend 5 percent of GDP on defense" vs
/// "reach 3.5 percent of GDP in core defence spending"): one framing difference, not two omissions. English only
/// (Korean counts in other units).
/// </summary>
static class FigureFraming
{
    public const double Confidence = 0.6;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, Topics.Taxonomy taxonomy)
    {
        var done = new HashSet<string>();
        foreach (var claim in a.Claims.Where(c => !c.IsKorean && !c.Claim.Setting && c.Claim.Topics.Count > 0))
        {
            if (CounterpartOf(claim, b) is not { } other) continue;
            var topic = claim.Claim.Topics.First(t => other.Claim.Topics.Contains(t));
            if (!done.Add(topic)) continue;
            yield return new FramingDifference(topic, taxonomy.Find(topic)?.Label ?? topic,
                FramingSide.Of(a.Account.Issuer, claim.Evidence, [.. claim.Quantities]),
                FramingSide.Of(b.Account.Issuer, other.Evidence, [.. other.Quantities]),
                Confidence);
        }
    }

    /// <summary>The other side's claim on one of this claim's topics that gives other figures, if any.</summary>
    public static ClaimProfile? CounterpartOf(ClaimProfile claim, AccountProfile other)
    {
        if (claim.IsKorean || claim.Claim.Topics.Count == 0) return null;
        var mine = claim.Quantities;
        // A figure the other account gives somewhere ("USD 350 billion package") is shared, whatever the claim.
        if (mine.Count == 0 || other.Claims.Any(c => c.Quantities.Overlaps(mine))) return null;
        return other.Claims.FirstOrDefault(c => !c.IsKorean && !c.Claim.Setting
            && c.Claim.Topics.Any(claim.Claim.Topics.Contains)
            && c.Quantities is { Count: > 0 } theirs && !theirs.Overlaps(mine));
    }
}
