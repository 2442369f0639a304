using System.Text.RegularExpressions;
using Divergence.Analysis.Embedding;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// One side objects to or demands something of the other's conduct; the other defends that conduct as lawful,
/// normal or already done ("concern over China's export restrictions on rare earths" against "China's export control
/// measures are in line with international practice"; "urged the PRC to act on fentanyl" against "China has fulfilled
/// its commitments"). Both speak of one topic, so neither omits it; the framing is the dispute. Checked between
/// claims that share a taxonomy topic, whatever else the claims list.
/// </summary>
static partial class DefendedConduct
{
    public const double Confidence = 0.55;

    public static IEnumerable<FramingDifference> Between(AccountProfile a, AccountProfile b, Taxonomy taxonomy, ISet<string> alreadyFramed)
    {
        var done = new HashSet<string>(alreadyFramed);
        foreach (var (objecting, defending, objectorIsA) in new[] { (a, b, true), (b, a, false) })
        {
            foreach (var d in defending.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Count > 0 && Defends(c.Claim.Text)))
            {
                // Of the objections on the topic, the one closest to what is defended: "concern about the export controls on
                // rare earths", not the complaint about market access the same topic also holds.
                var o = objecting.Claims.Where(c => !c.Claim.Setting && c.Claim.Topics.Any(d.Claim.Topics.Contains) && Objects(c.Claim.Text))
                    .MaxBy(c => c.Vector is { } v && d.Vector is { } w ? QuantizedVector.Cosine(v, w) : 0);
                if (o is null) continue;
                var topic = o.Claim.Topics.First(d.Claim.Topics.Contains);
                if (!done.Add(topic)) continue;
                var label = taxonomy.Find(topic)?.Label ?? topic;
                var objection = FramingSide.Of(objecting.Account.Issuer, o.Evidence, [.. StanceMarkers.Stances(o.Claim.Text).Order()]);
                var defence = FramingSide.Of(defending.Account.Issuer, d.Evidence, ["defended"]);
                yield return objectorIsA
                    ? new FramingDifference(topic, label, objection, defence, Confidence)
                    : new FramingDifference(topic, label, defence, objection, Confidence);
            }
        }
    }

    static bool Objects(string claim)
    {
        var stances = StanceMarkers.Stances(claim);
        return (stances.Contains("objection") || stances.Contains("demand")) && !Defends(claim);
    }

    static bool Defends(string claim) => Defence().IsMatch(claim);

    // "so-called" defends where it dismisses the other side's charge; where the clause raises or objects to the thing it
    // calls so ("raised China's declaration of a so-called nature reserve"), it is the objection.
    [GeneratedRegex(@"\b(in line with international (practice|law|rules|norms)|(fully |entirely |completely )?(legitimate|justified|lawful)(?! (concerns?|interests?|rights?))|non-discriminatory|compatible with (the )?(wto|international) rules|not a real problem|(?<!\b(raised|protested|objection to|objected to|opposition to|concerns? (over|about|regarding))\b[^.;]{0,60})so-called|has never (provided|supplied|sold)|have never (provided|supplied|sold)|(has|have) (fully )?(fulfilled|honou?red|implemented) (its|their) commitments|responsible measure|groundless|baseless|no basis|guided by the imperative|(driven|guided) by (its |their |our )?(own )?national interests?|sovereign (right|decision|choice))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defence();
}
