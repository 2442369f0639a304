using Divergence.Analysis;
using Divergence.Server.Infrastructure;
using Divergence.Server.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace Divergence.Server.Tests;

/// <summary>
/// Single submissions that wait at the same moment are written as one group (EngagementWriter.WriteGrouped): each
/// still gets its own decision, made on the state the previous one in the group left, and a unit that fails does
/// not take its neighbours with it.
/// </summary>
public class GroupedWritesTests(ServerFixture app) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    EngagementWriter Writer => app.Host.Services.GetRequiredService<EngagementWriter>();
    StatementAnalyzer Analyzer => app.Host.Services.GetRequiredService<StatementAnalyzer>();

    Task<RecordStatementEndpoint.Decision> Record(RecordStatement c, StatementAnalysis analysis) =>
        Writer.WriteGrouped(c.Engagement!, (current, book) =>
            RecordStatementEndpoint.Decide(current, book, c, ContentHash.Of(c.Text!), analysis, Guid.CreateVersion7()), CancellationToken.None);

    [Fact]
    public async Task Simultaneous_writes_each_get_their_own_decision_and_a_repeat_in_the_same_group_is_a_duplicate()
    {
        var us = Samples.UsReadout();
        var kr = Samples.KoreanRelease();
        var (usAnalysis, krAnalysis) = (Analyzer.Analyze(us.Text!, us.Language!), Analyzer.Analyze(kr.Text!, kr.Language!));
        var other = us with { Engagement = "2025-08-01-us-kr-other", Issuer = "XX-OTHER" };

        var decisions = await Task.WhenAll(Record(us, usAnalysis), Record(kr, krAnalysis), Record(us, usAnalysis), Record(other, usAnalysis));

        // Queued in call order, so the third is the repeat of the first.
        decisions.Select(d => d.Duplicate).ShouldBe([false, false, true, false]);
        decisions[2].StatementId.ShouldBe(decisions[0].StatementId);
        var report = await app.Host.Report(Samples.Engagement);
        report.Statements.Count().ShouldBe(2);
        report.Omissions.ShouldContain(o => o.Topic == "taiwan-strait" && o.OmittedBy == "KR-MOFA");
        (await app.Host.Report("2025-08-01-us-kr-other")).Statements.Count().ShouldBe(1);
    }

    [Fact]
    public async Task A_decision_that_fails_fails_alone()
    {
        var us = Samples.UsReadout();
        var analysis = Analyzer.Analyze(us.Text!, us.Language!);
        var failing = Writer.WriteGrouped<RecordStatementEndpoint.Decision>("2025-08-02-broken", (_, _) => throw new InvalidOperationException("broken decision"), CancellationToken.None);
        var good = Record(us, analysis);

        await Should.ThrowAsync<InvalidOperationException>(() => failing);
        (await good).Duplicate.ShouldBeFalse();
        (await app.Host.Report(Samples.Engagement)).Statements.Count().ShouldBe(1);
    }
}
