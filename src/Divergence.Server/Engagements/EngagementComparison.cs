using System.Security.Cryptography;
using System.Text;
using Divergence.Analysis;
using Divergence.Analysis.Comparison;
using Divergence.Server.Statements;

namespace Divergence.Server.Engagements;

public sealed record ComparedDivergences(IReadOnlyList<ReportedOmission> Omissions, IReadOnlyList<ReportedFraming> Framing);

/// <summary>
/// Compares every pair of issuers in an engagement, from the analyses stored with the statements. Pure: the same
/// statements give the same divergences, with the same ids, whether live, replayed or rebuilt.
/// </summary>
public static class EngagementComparison
{
    static readonly AccountComparer Comparer = new();

    /// <param name="asOf">a publication time to compare as of, or null for everything known, latest wording</param>
    /// <param name="analyze">re-analyses a version's text instead of using its stored analysis (current analyzer)</param>
    public static ComparedDivergences Compute(string key, IEnumerable<StatementState> statements, AnalysisBook analyses,
        DateTimeOffset? asOf = null, Func<StatementState, StatementVersion, StatementAnalysis?>? analyze = null)
    {
        var counted = statements
            .Where(s => s.CountsAt(asOf))
            .Select(s => (State: s, Version: s.VersionAt(asOf)))
            .Select(x => (x.State, x.Version, Analysis: x.Version is null ? null : analyze?.Invoke(x.State, x.Version) ?? analyses.For(x.State.Id, x.Version.ContentHash)))
            .Where(x => x.Analysis is not null)
            .ToList();
        var accounts = counted.GroupBy(x => x.State.Issuer).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Account: new Account(g.Key, g.Select(x => new AccountStatement(x.State.Id.ToString(), x.Analysis!)).ToList()),
                          Latest: g.Max(x => x.Version!.EffectiveAt)))
            .ToList();

        var omissions = new List<ReportedOmission>();
        var framing = new List<ReportedFraming>();
        for (var i = 0; i < accounts.Count; i++)
        for (var j = i + 1; j < accounts.Count; j++)
        {
            var (a, b) = (accounts[i], accounts[j]);
            // A divergence exists from the moment both accounts (in the compared wording) were out.
            var when = a.Latest > b.Latest ? a.Latest : b.Latest;
            var result = Comparer.Compare(a.Account, b.Account);
            // The comparison gives one omission per subject and direction (OnePerTopic), so each id is given once.
            omissions.AddRange(result.Omissions.Select(o => new ReportedOmission(
                OmissionId(key, o), key, o.StatedBy, o.OmittedBy, o.Kind, o.Topic, o.Label, o.Evidence, o.Confidence, when) { Also = o.Also }));
            framing.AddRange(result.Framing.Select(f => new ReportedFraming(
                FramingId(key, f), key, f.Topic, f.Label, f.A, f.B, f.Confidence, when)));
        }
        return new ComparedDivergences(omissions, framing);
    }

    // Identity is what the divergence is about, not its exact wording: a re-analysis that quotes a slightly
    // different span of the same omitted topic is the same divergence, and must not alert again.
    static string OmissionId(string key, Omission o) => Id("omission", key, o.StatedBy, o.OmittedBy, o.Subject);

    static string FramingId(string key, FramingDifference f) =>
        Id("framing", key, string.CompareOrdinal(f.A.Issuer, f.B.Issuer) < 0 ? f.A.Issuer + "|" + f.B.Issuer : f.B.Issuer + "|" + f.A.Issuer, f.Topic);

    static string Id(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..20];
}
