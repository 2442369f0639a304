namespace Divergence.Analysis.Comparison;

/// <summary>
/// One omission per topic and direction: "the Taiwan question is the most important issue ... The U.S. side must
/// handle arms sales to Taiwan with prudence" is one thing the other side left out, told in two clauses. The reader
/// gets it once, quoted where it is stated most confidently (a substantive clause before a survey line that only
/// names the topic, then the earliest), with every other clause on it as further evidence. The server has always
/// kept one divergence per topic; since 2.0 the comparison itself does, so what is measured is what is reported. A
/// claim no topic names is one subject by its words (Omission.Subject): the same sentence repeated is one omission.
/// </summary>
static class OnePerTopic
{
    public static List<Omission> Of(IEnumerable<Omission> omissions) =>
        omissions.GroupBy(o => (o.StatedBy, o.OmittedBy, o.Subject))
            .Select(g =>
            {
                var ordered = g.OrderByDescending(o => o.Confidence).ThenBy(o => SurveyMention.Is(o.Evidence.Text))
                    .ThenBy(o => o.Evidence.StatementId, StringComparer.Ordinal).ThenBy(o => o.Evidence.Start).ToList();
                var also = ordered[0].Also.Concat(ordered.Skip(1).SelectMany(o => o.AllEvidence)).OrderBy(e => e.StatementId, StringComparer.Ordinal)
                    .ThenBy(e => e.Start).ToList();
                return also.Count == 0 ? ordered[0] : ordered[0] with { Also = also };
            })
            .ToList();
}
