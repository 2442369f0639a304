using Alba;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;
using Marten;

namespace Divergence.Server.Tests;

/// <summary>POST /api/statements/batch: the same decisions as one request per statement, in one transaction.</summary>
public class BatchRecordingTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    const string Other = "2025-08-01-kr-us-follow-up";

    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Two engagements interleaved: a new one, a second side, a resubmission, a third issuer on the same meeting.
    static RecordStatement[] Sequence() =>
    [
        Samples.UsReadout(),
        Samples.KoreanRelease() with { Engagement = Other, EngagementTitle = "Follow-up" },
        Samples.KoreanRelease(),
        Samples.UsReadout() with { Text = Samples.UsReadout().Text + "  " },
        Samples.UsReadout() with { Engagement = Other },
        Samples.UsReadout() with { Issuer = "XX-OBS", IssuerName = "Observer", Text = Samples.KoreanRelease().Text + " Note." },
    ];

    [Fact]
    public async Task Batches_append_the_same_events_and_reports_as_one_request_per_statement()
    {
        await using var single = new ServerFixture();
        await single.InitializeAsync();
        foreach (var s in Sequence()) await single.Host.PostJson("/api/statements", s, s == Sequence()[3] ? 200 : 201);

        // Two batches: the second decides on engagements (and analyses) the first one stored.
        await Batch(Sequence()[..2], 200);
        var answer = await Batch(Sequence()[2..], 200);
        answer.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("duplicate").GetBoolean())
            .ShouldBe([false, true, false, false]);

        foreach (var key in new[] { Samples.Engagement, Other })
        {
            var batched = await Fingerprint(app.Store, key);
            batched.ShouldContain("omission US-DOS>KR-MOFA");
            batched.ShouldBe(await Fingerprint(single.Store, key));
        }
    }

    [Fact]
    public async Task Resubmitting_a_batch_answers_the_same_ids_as_duplicates_and_appends_nothing()
    {
        var first = Ids(await Batch(Sequence(), 200));
        var version = (await Report(Samples.Engagement))!.Version;
        var again = await Batch(Sequence(), 200);
        Ids(again).ShouldBe(first);
        again.GetProperty("statements").EnumerateArray().ShouldAllBe(s => s.GetProperty("duplicate").GetBoolean());
        (await Report(Samples.Engagement))!.Version.ShouldBe(version);
    }

    [Fact]
    public async Task A_bad_item_is_400_naming_its_index_and_field_and_nothing_is_written()
    {
        var items = Sequence();
        items[4] = items[4] with { Issuer = "lower case" };
        var problem = await Batch(items, 400);
        problem.GetProperty("errors").TryGetProperty("statements[4].issuer", out _).ShouldBeTrue();
        (await Report(Samples.Engagement)).ShouldBeNull();
    }

    [Fact]
    public async Task More_than_500_statements_or_a_text_over_one_megabyte_is_413()
    {
        await Batch(Enumerable.Repeat(Samples.UsReadout(), RecordStatementsBody.MaxStatements + 1).ToArray(), 413);
        await Batch([Samples.UsReadout(), Samples.KoreanRelease() with { Text = new string('a', 1_000_001) }], 413);
        await Batch([], 400);
        (await Report(Samples.Engagement)).ShouldBeNull();
    }

    [Fact]
    public async Task A_batch_and_single_requests_about_the_same_engagement_at_once_all_land()
    {
        var singles = Enumerable.Range(0, 4).Select(i =>
            app.Host.PostJson("/api/statements", Samples.UsReadout() with { Issuer = $"XX-S{i}", Text = Samples.UsReadout().Text + $" S{i}." }, 201));
        var batch = Batch([.. Enumerable.Range(0, 4).Select(i => Samples.KoreanRelease() with { Issuer = $"XX-B{i}", Text = Samples.KoreanRelease().Text + $" B{i}." })], 200);
        await Task.WhenAll([.. singles, batch]);
        (await Report(Samples.Engagement))!.Statements.Count.ShouldBe(8);
    }

    async Task<System.Text.Json.JsonElement> Batch(RecordStatement[] items, int status) =>
        await app.Host.PostJson("/api/statements/batch", new { statements = items }, status);

    static Guid[] Ids(System.Text.Json.JsonElement answer) =>
        [.. answer.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("statementId").GetGuid())];

    async Task<EngagementReport?> Report(string key)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<EngagementReport>(key, TestContext.Current.CancellationToken);
    }

    /// <summary>What must match between the two paths; statement ids and timestamps differ by nature.</summary>
    static async Task<string> Fingerprint(IDocumentStore store, string key)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(key, token: TestContext.Current.CancellationToken);
        var report = (await session.LoadAsync<EngagementReport>(key, TestContext.Current.CancellationToken))!;
        return string.Join("\n", [
            string.Join(" ", events.Select(e => e.EventTypeName)),
            $"version {report.Version} '{report.Title}' {report.FirstPublishedAt:O} {report.LastPublishedAt:O}",
            .. report.Statements.Select(s => $"statement {s.Issuer} {s.Latest.ContentHash} {s.Versions.Count}"),
            .. report.Omissions.Select(o => $"omission {o.StatedBy}>{o.OmittedBy} {o.Kind} {o.Topic} {o.Evidence.Start}-{o.Evidence.End} {o.Confidence:0.0000} {o.Evidence.Text}"),
            .. report.Framing.Select(f => $"framing {f.Topic} {f.A.Issuer} {f.A.Text} | {f.B.Issuer} {f.B.Text} {f.Confidence:0.0000}"),
            .. report.Changes.Select(c => $"change {c.Kind} {c.Change} {c.Topic} {c.Reason}"),
        ]);
    }
}
