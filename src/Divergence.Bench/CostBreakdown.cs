using System.Diagnostics;
using System.Text.Json;
using Divergence.Server.Engagements;

namespace Divergence.Bench;

/// <summary>
/// Where the time of the store paths goes, on one thread without the database: deciding an engagement
/// (comparison included), folding its events, and (de)serialising its events and report document with Marten's
/// own serializer. Informational figures that explain the ratios above.
/// </summary>
public static class CostBreakdown
{
    public static void Run(BenchContext ctx)
    {
        var serializer = ctx.Store.Store.Options.Serializer();
        var corpus = ctx.Corpus;
        const int rounds = 200;
        var decide = Time(rounds, n => EngagementEvents.For(corpus, n, $"cost-{n:D6}"));
        var streams = Enumerable.Range(0, corpus.Pairs).Select(n => EngagementEvents.For(corpus, n, $"cost-{n:D6}")).ToList();
        var docs = streams.Select((s, n) => EngagementDecider.Evolve(new EngagementReport { Id = $"cost-{n:D6}" }, s)).ToList();
        var fold = Time(rounds, n => EngagementDecider.Evolve(new EngagementReport { Id = "x" }, streams[n % streams.Count]));
        var eventsJson = Time(rounds, n => { foreach (var e in streams[n % streams.Count]) serializer.ToJson(e); });
        var docJson = docs.Select(d => serializer.ToJson(d)).ToList();
        var docOut = Time(rounds, n => serializer.ToJson(docs[n % docs.Count]));
        var docBytes = docJson.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        var docIn = Time(rounds, n => serializer.FromJson<EngagementReport>(new MemoryStream(docBytes[n % docBytes.Count])));
        var response = Time(rounds, n => JsonSerializer.Serialize(
            OmissionReport.From(docs[n % docs.Count], new ReportQuery(null, null, false, 0), null), JsonSerializerOptions.Web));

        ctx.Add(new Figure("cost per two-statement engagement, one thread, no database", "-",
            $"decide (compare) {decide:0.00} ms, fold {fold:0.00} ms, events to JSON {eventsJson:0.00} ms, report to JSON {docOut:0.00} ms, " +
            $"report from JSON {docIn:0.00} ms, response JSON {response:0.00} ms; report {docJson.Average(j => j.Length) / 1024:0.0} KB, events {streams.Average(s => s.Sum(e => serializer.ToJson(e).Length)) / 1024:0.0} KB",
            null, null, ctx.Options.Command + " --only cost"));
    }

    /// <summary>Mean milliseconds per call after a warm-up.</summary>
    static double Time(int rounds, Action<int> action)
    {
        for (var i = 0; i < 20; i++) action(i);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) action(i);
        return clock.Elapsed.TotalMilliseconds / rounds;
    }
}
