using Divergence.Analysis.Evaluation;

namespace Divergence.Cli.Commands;

/// <summary>The printed form of a corpus evaluation.</summary>
static class EvalReport
{
    public static void WriteSummary(TextWriter to, string analyzer, double minimum, IReadOnlyList<PairScore> scores)
    {
        var s = CorpusSummary.Of(scores);
        to.WriteLine($"{analyzer}; {s.Pairs} pairs ({s.AgreeingPairs} agreeing); min confidence {minimum:0.00}");
        to.WriteLine();
        to.WriteLine($"{"omissions",-22} {"pred",5} {"ok",5} {"gold",5} {"found",5} {"P",6} {"R",6} {"F1",6}");
        Row(to, "stated by A", s.AToB);
        Row(to, "stated by B", s.BToA);
        Row(to, "overall", s.Omissions);
        to.WriteLine();
        to.WriteLine($"framing recall           {s.Framing.Recall:0.00} ({s.Framing.GoldFound}/{s.Framing.Gold}), precision {s.Framing.Precision:0.00} ({s.Framing.PredictedCorrect}/{s.Framing.Predicted})");
        to.WriteLine($"false alarms per agreeing pair  {s.FalseAlarmsPerAgreeingPair:0.00} omissions ({s.FalseOmissionsOnAgreeing}), {s.AllAlarmsPerAgreeingPair:0.00} with framing");
        foreach (var problem in scores.SelectMany(p => p.LabelProblems.Select(x => $"{p.Name}: {x}")))
            to.WriteLine($"label problem: {problem}");
    }

    public static void WriteByConfidence(TextWriter to, IReadOnlyList<(double Minimum, CorpusSummary Summary)> rows)
    {
        if (rows.Count == 0) return;
        to.WriteLine();
        // The false alarms per agreeing pair at each minimum too: what a stricter report would spare a reader.
        to.WriteLine($"{"at min confidence",-22} {"pred",5} {"ok",5} {"gold",5} {"found",5} {"P",6} {"R",6} {"F1",6}  framing P / R  false alarms");
        foreach (var (minimum, s) in rows)
            Row(to, $"{minimum:0.00}", s.Omissions, $"  {s.Framing.Precision:0.00} / {s.Framing.Recall:0.00}   {s.FalseAlarmsPerAgreeingPair,5:0.00}");
    }

    static void Row(TextWriter to, string name, Tally t, string after = "") =>
        to.WriteLine($"{name,-22} {t.Predicted,5} {t.PredictedCorrect,5} {t.Gold,5} {t.GoldFound,5} {t.Precision,6:0.00} {t.Recall,6:0.00} {t.F1,6:0.00}{after}");

    public static void WriteDetails(TextWriter to, IReadOnlyList<PairScore> scores)
    {
        foreach (var p in scores)
        {
            to.WriteLine($"{p.Name}{(p.Agreeing ? " (agreeing)" : "")}: omissions P {p.Omissions.Precision:0.00} R {p.Omissions.Recall:0.00}, framing {p.Framing.GoldFound}/{p.Framing.Gold} (+{p.Framing.Predicted - p.Framing.PredictedCorrect} unlabelled)");
            foreach (var o in p.FalseOmissions)
                to.WriteLine($"   false  {o.StatedBy}>{o.OmittedBy} [{o.Topic ?? "claim"} {o.Confidence:0.00}] {o.Evidence.Text}");
            foreach (var g in p.MissedOmissions)
                to.WriteLine($"   missed {g.StatedBy}>{g.OmittedBy} [{g.Topic}] {g.Evidence}");
            foreach (var f in p.FalseFraming ?? [])
                to.WriteLine($"   false  framing [{f.Topic} {f.Confidence:0.00}] {f.A.Text} | {f.B.Text}");
            foreach (var g in p.MissedFraming ?? [])
                to.WriteLine($"   missed framing [{g.Topic}] {g.A} | {g.B}");
        }
        to.WriteLine();
    }
}
