using Divergence.Analysis.Text;
using Divergence.Analysis.Topics;

namespace Divergence.Analysis.Comparison;

/// <summary>
/// Compares two issuers' accounts of one engagement at the level of claims: the taxonomy bridges wordings and
/// languages; for claims no topic covers, the content-word embeddings (English) or bigrams (Korean) stored in
/// the analyses decide. Pure and model-free: the same analyses always give the same result, quickly.
/// </summary>
public sealed class AccountComparer(Taxonomy taxonomy)
{
    public AccountComparer() : this(Taxonomy.Default) { }

    /// <summary>The confidence a report shows by default: taxonomy omissions (0.9) and framing (0.7) pass,
    /// open-vocabulary candidates (at most 0.45, their measured precision) do not.</summary>
    public const double ReportingConfidence = 0.5;

    public ComparisonResult Compare(Account a, Account b, double minimumConfidence = 0)
    {
        var (pa, pb) = (new AccountProfile(a), new AccountProfile(b));
        var omissions = OmissionsOf(pa, pb).Concat(OmissionsOf(pb, pa))
            .Where(o => o.Confidence >= minimumConfidence).ToList();
        var detector = new FramingDetector(taxonomy);
        var framing = detector.Between(pa, pb).Concat(detector.Negations(pa, pb)).ToList();
        var framed = framing.Select(f => f.Topic).ToHashSet();
        // A defence of the conduct the other side objects to is the dispute on its topic: the stance check would quote the
        // topic's other claims ("market access barriers") where the dispute is over one of them ("export controls on rare
        // earths" against "lawful export controls").
        var defended = DefendedConduct.Between(pa, pb, taxonomy, framed).ToList();
        var stances = new StanceFraming(taxonomy).Between(pa, pb, framed.Concat(defended.Select(f => f.Topic)).ToHashSet());
        framing = framing.Concat(stances).Concat(OutcomeFraming.Between(pa, pb))
            .Concat(FigureFraming.Between(pa, pb, taxonomy).Where(f => !framed.Contains(f.Topic)))
            .Concat(WarCharacterisation.Between(pa, pb)).Concat(WarCharacterisation.OnSettlement(pa, pb))
            .Concat(PeninsulaFraming.Between(pa, pb)).Concat(MaritimeFraming.Between(pa, pb, taxonomy)).Concat(DefenceEffortFraming.Between(pa, pb))
            .ToList();
        // The position framings keep their topics, as they did when the defence was checked after them.
        framing.AddRange(defended.Where(d => !framing.Any(f => f.Topic == d.Topic)).ToList());
        framing.AddRange(AlignedOutcomeFraming.Between(pa, pb, framing).ToList());
        framing.AddRange(NamedAgreementFraming.Between(pa, pb, framing).ToList());
        framing = framing.Where(f => f.Confidence >= minimumConfidence).ToList();
        // A clause already quoted as one side of a framing on the same subject ("denuclearization" against "peace on the
        // Peninsula") is that story; reporting it as omitted as well tells the reader the same thing twice. An omission
        // of another subject in the same clause stays. So does the topic the other side said was not discussed, where a
        // framing on it quotes that ("discussed adjustments to the posture of U.S. Forces Korea" against "주한미군 감축
        // 문제는 논의되지 않았습니다"): the coverage check sets "not discussed" aside, the framing tells the story.
        omissions = omissions.Where(o => !framing.Any(f => (Quotes(f.A, o.Evidence) || Quotes(f.B, o.Evidence))
            && (SameSubject(f.Topic, o.Topic) || (f.Topic == o.Topic && StanceMarkers.Absent(Quotes(f.A, o.Evidence) ? f.B.Text : f.A.Text))))).ToList();
        omissions = Elaboration.Of(OnePerTopic.Of(omissions), pa, pb);
        return new ComparisonResult([a.Issuer, b.Issuer], omissions, framing);
    }

    static bool Quotes(FramingSide side, Evidence evidence) =>
        side.StatementId == evidence.StatementId && side.Start == evidence.Start && side.End == evidence.End;

    // The position framings name their subject by a topic of their own; these are the taxonomy topics inside it.
    static readonly Dictionary<string, string[]> FramedSubjects = new()
    {
        [PeninsulaFraming.Topic] = ["denuclearization"],
        [WarCharacterisation.Topic] = ["ceasefire", "ukraine-settlement"],
        [WarCharacterisation.SettlementTopic] = ["ceasefire", "ukraine-settlement"],
        [DefenceEffortFraming.Topic] = DefenceEffortFraming.Subjects,
    };

    /// <summary>A topicless claim quoted in a framing is the framing's; a topical one only when it is the position framing's
    /// subject (a shared topic's own framing has no omission beside it, and an item inside it is news of its own).</summary>
    static bool SameSubject(string framingTopic, string? omissionTopic) =>
        omissionTopic is null || (FramedSubjects.TryGetValue(framingTopic, out var inside) && inside.Contains(omissionTopic));

    IEnumerable<Omission> OmissionsOf(AccountProfile stating, AccountProfile other)
    {
        var found = TopicAndOpenVocabularyOmissions(stating, other).ToList();
        // A named item the other side never mentions outranks a candidate below reporting on the same claim.
        var items = ItemOmissions.Of(stating, other, taxonomy, found).ToList();
        found = found.Where(o => !items.Any(i => i.Evidence == o.Evidence)).Concat(items).ToList();
        var named = NamedProgrammes.Of(stating, other, found).ToList();
        found = found.Where(o => !named.Any(i => i.Evidence == o.Evidence)).Concat(named).ToList();
        var figures = QuantityOmissions.Of(stating, other, found).ToList();
        // A figure outranks the open-vocabulary candidate on the same claim: one omission per claim.
        return found.Where(o => !figures.Any(f => f.Evidence == o.Evidence)).Concat(figures);
    }

    IEnumerable<Omission> TopicAndOpenVocabularyOmissions(AccountProfile stating, AccountProfile other)
    {
        foreach (var omission in TopicOmissions.Of(stating, other, taxonomy)) yield return omission;
        foreach (var claim in stating.Claims.Where(c => c.Claim.Topics.Count == 0 && !c.Claim.Setting))
        {
            // A claim naming a model the other side also names ("the ML-1 railway") is that shared point.
            if (ModelDesignations.Shared(claim.Claim.Text, other.AllModels)) continue;
            var coverage = ClaimCoverage.Of(claim, other);
            // English against Korean: only the taxonomy and what both scripts write alike (CrossScript) bridge them.
            var confidence = coverage is null
                ? ConcreteClaims.ConfidenceAcross(claim, stating, other)
                : ConcreteClaims.ConfidenceOf(claim, coverage, stating, other) ?? OpenVocabularyRule.Confidence(claim, coverage);
            if (confidence is null) continue;
            // Detail of its head clause (a list item, a modifier) stays below reporting, as on the taxonomy route.
            if (confidence >= ReportingConfidence && (SharedMention.ContinuesExampleList(claim, stating) || SurveyMention.Is(claim.Claim.Text)
                || (SharedMention.IsModifier(claim) && SharedMention.HeadOf(claim, stating) is { Debris: false })))
                confidence = TopicOmissions.ListItemConfidence;
            // "invited Minister Le Hoai Trung to visit the RoK at a convenient time": the courtesy invitation, on either route.
            if (Text.EngagementLogistics.InvitesAtConvenientTime(claim.Claim.Text)) confidence = Math.Min(confidence.Value, TopicOmissions.ListItemConfidence);
            yield return new Omission(stating.Account.Issuer, other.Account.Issuer, null, LabelOf(claim),
                claim.Evidence, confidence.Value);
        }
    }

    /// <summary>A claim no topic names is labelled by its first content words.</summary>
    static string LabelOf(ClaimProfile claim)
    {
        if (claim.IsKorean) return claim.Claim.Text.Length <= 40 ? claim.Claim.Text : claim.Claim.Text[..40] + "…";
        return string.Join(' ', ContentWords.Of(claim.Claim.Text).Take(8));
    }
}
