using System.Text.RegularExpressions;
using Divergence.Server.Infrastructure;

namespace Divergence.Server.Statements;

/// <summary>Edge validation: a bad submission is refused with problem+json and changes nothing.</summary>
public static partial class RecordStatementValidation
{
    static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static IResult? Problem(RecordStatement c, DateTimeOffset now)
    {
        if (StatementTextValidation.Problem(c.Text, "statement text") is { } tooLarge) return tooLarge;
        var errors = Errors(c, now);
        return errors.Count == 0 ? null : Problems.Invalid(errors);
    }

    /// <summary>Every field that is wrong, keyed by its JSON name (the batch endpoint prefixes the item's index).</summary>
    public static Dictionary<string, string[]> Errors(RecordStatement c, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(bool ok, string field, string message) { if (!ok) errors[field] = [message]; }

        Require(c.Engagement is not null && Slugs.IsEngagementKey(c.Engagement), "engagement",
            "A readable key of 3-100 lowercase letters, digits and dashes, e.g. 2025-07-31-us-kr-rubio-cho.");
        Require(c.Issuer is not null && IssuerCode().IsMatch(c.Issuer), "issuer",
            "A short uppercase code such as US-DOS or KR-MOFA (2-24 letters, digits and dashes).");
        Require(!string.IsNullOrWhiteSpace(c.IssuerName) && c.IssuerName.Length <= 200, "issuerName",
            "The issuer's display name, at most 200 characters.");
        Require(c.Language is "en" or "ko", "language", "The statement's language: en or ko.");
        Require(c.PublishedAt is not null, "publishedAt", "When the issuer published the statement (ISO 8601).");
        if (c.PublishedAt is { } published)
            Require(published <= now + FutureTolerance, "publishedAt", "A publication time in the future is not a statement yet.");
        Require(!string.IsNullOrWhiteSpace(c.Title) && c.Title.Length <= 500, "title", "The release's title, at most 500 characters.");
        Require(c.SourceUrl is not null && IsWebAddress(c.SourceUrl), "sourceUrl", "The absolute http(s) address the statement was published at.");
        Require(!string.IsNullOrWhiteSpace(c.Text), "text", "The statement's text must not be empty.");
        Require(c.EngagementTitle is null || c.EngagementTitle.Length <= 300, "engagementTitle", "At most 300 characters.");
        return errors;
    }

    static bool IsWebAddress(string url) =>
        url.Length <= 2000 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]{1,23}$")]
    private static partial Regex IssuerCode();
}
