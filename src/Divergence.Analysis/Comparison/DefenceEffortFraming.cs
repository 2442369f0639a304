using System.Text.RegularExpressions;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// One side demands that its ally spend more on defence or carry more of its burden ("urged Japan to increase defense
/// spending to 3.5 percent of GDP"); the ally says it strengthens its defence of its own accord ("will fundamentally
/// reinforce its defense capabilities on its own initiative", "자주국방 역량을 스스로 강화"). The same subject told as
/// pressure by one side and as sovereign choice by the other: a framing, not two omissions (the taxonomy files the two
/// under defence spending and one's own build-up).
/// </summary>
static partial class DefenceEffortFraming
{
    public const string Topic = "defense-effort";
    public const double Confidence = 0.55;
    const string Label = "Defence effort: demanded or of one's own accord";

    /// <summary>The taxonomy topics this framing's subject covers.</summary>
    public static readonly string[] Subjects = ["defense-spending", "defense-buildup"];

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b)
    {
        foreach (var (demanding, choosing, demanderIsA) in new[] { (a, b, true), (b, a, false) })
        {
            var demand = demanding.Claims.FirstOrDefault(c => !c.Claim.Setting && c.Claim.Topics.Contains("defense-spending")
                && StanceMarkers.Stances(c.Claim.Text).Contains("demand") && !OwnAccord().IsMatch(c.Claim.Text));
            var choice = choosing.Claims.FirstOrDefault(c => !c.Claim.Setting && OfOwnAccord(c));
            if (demand is null || choice is null || demanding.Claims.Any(OfOwnAccord)) continue;
            var pressed = FramingSide.Of(demanding.Account.Issuer, demand.Evidence, ["demand"]);
            var chosen = FramingSide.Of(choosing.Account.Issuer, choice.Evidence, ["own accord"]);
            yield return new FramingDifference(Topic, Label, demanderIsA ? pressed : chosen, demanderIsA ? chosen : pressed, Confidence);
            yield break;
        }
    }

    static bool OfOwnAccord(ClaimProfile claim) => claim.Claim.Topics.Any(Subjects.Contains) && OwnAccord().IsMatch(claim.Claim.Text);

    [GeneratedRegex(@"\b(on (its|their|our) own (initiative|judg(e)?ment|accord|responsibility)|of (its|their|our) own accord|independently|self-reliant|on (its|their|our) own)\b|자주\s*국방|스스로|주체적으로|자율적으로", RegexOptions.IgnoreCase)]
    private static partial Regex OwnAccord();
}
