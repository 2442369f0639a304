using Divergence.Analysis.Comparison;

namespace Divergence.Cli.Commands;

/// <summary>The people-readable form of a comparison.</summary>
static class CompareTable
{
    public static void Write(TextWriter to, ComparisonResult result)
    {
        var (a, b) = (result.Issuers[0], result.Issuers[1]);
        to.WriteLine($"{a} vs {b}: {result.Omissions.Count} omission(s), {result.Framing.Count} framing difference(s)");
        foreach (var group in result.Omissions.GroupBy(o => (o.StatedBy, o.OmittedBy)))
        {
            to.WriteLine();
            to.WriteLine($"Stated by {group.Key.StatedBy}, omitted by {group.Key.OmittedBy}:");
            foreach (var o in group)
            {
                to.WriteLine($"  - {o.Label} [{o.Topic ?? "claim"}, confidence {o.Confidence:0.00}]\n      \"{o.Evidence.Text}\" (sentence {o.Evidence.Sentence + 1}, chars {o.Evidence.Start}-{o.Evidence.End})");
                foreach (var e in o.Also)
                    to.WriteLine($"      also: \"{e.Text}\" (sentence {e.Sentence + 1}, chars {e.Start}-{e.End})");
            }
        }
        if (result.Framing.Count == 0) return;
        to.WriteLine();
        to.WriteLine("Framing differences:");
        foreach (var f in result.Framing)
            to.WriteLine($"  - {f.Label} [{f.Topic}, confidence {f.Confidence:0.00}]\n      {f.A.Issuer}: \"{f.A.Text}\"\n      {f.B.Issuer}: \"{f.B.Text}\"");
    }
}
