namespace Divergence.Server.Engagements;

/// <summary>What made a divergence open or close: the statement event that changed the comparison.</summary>
public sealed record DivergenceCause(string Reason, Guid StatementId)
{
    public const string Recorded = "recorded";
    public const string Revised = "revised";
    public const string Withdrawn = "withdrawn";
    public const string Reanalyzed = "reanalyzed";
}

/// <summary>A new omission: one issuer stated something that another's account of the engagement leaves out.</summary>
public sealed record OmissionOpened(ReportedOmission Omission, DivergenceCause Cause);

/// <summary>A new framing difference: both issuers state a topic, with wording that changes its meaning.</summary>
public sealed record FramingOpened(ReportedFraming Framing, DivergenceCause Cause);

/// <summary>A divergence no longer holds (a revision added the missing content, a statement was withdrawn...).</summary>
public sealed record DivergenceClosed(string DivergenceId, string Kind, DivergenceCause Cause);

/// <summary>A divergence that stays open but whose evidence or confidence changed (a revision moved the quote).</summary>
public sealed record OmissionRestated(ReportedOmission Omission, DivergenceCause Cause);

/// <summary>A framing difference that stays open with changed wording on either side.</summary>
public sealed record FramingRestated(ReportedFraming Framing, DivergenceCause Cause);

/// <summary>
/// The tracker's reading of which issuer states which topic in this engagement changed. Feeds the cross-engagement
/// views (topic timelines, issuer-pair statistics). Issuers and Topics list everything the change touches,
/// before and after, so those views can also drop what no longer holds.
/// </summary>
public sealed record EngagementTopicsChanged(
    string EngagementKey, DateTimeOffset PublishedAt, IReadOnlyDictionary<string, string[]> TopicsByIssuer,
    IReadOnlyList<string> Issuers, IReadOnlyList<string> Topics);
