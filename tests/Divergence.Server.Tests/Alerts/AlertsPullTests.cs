using System.Xml.Linq;
using Alba;

namespace Divergence.Server.Tests.Alerts;

/// <summary>Pull as well as push: the Atom feed and the live SSE stream.</summary>
public sealed class AlertsPullTests(AlertsFixture server) : IClassFixture<AlertsFixture>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_atom_feed_lists_divergences_escaped_and_filtered()
    {
        const string nasty = "<script>alert('x')</script> & \"quotes\" ]]>";
        await Divergences.Append(server.Store, 2, 3, "feed", (k, i) => Divergences.Omission(k, i, nasty));

        var all = await Feed("/feeds/divergences.atom");
        all.Root!.Name.ShouldBe(Atom + "feed");
        all.Root.Element(Atom + "updated").ShouldNotBeNull();
        var entries = Ours(all).ToList();
        entries.Count.ShouldBe(6);
        entries.ShouldAllBe(e => e.Element(Atom + "id") != null && e.Element(Atom + "updated") != null && e.Element(Atom + "title") != null);
        entries[0].Element(Atom + "title")!.Value.ShouldContain(nasty);
        entries[0].Element(Atom + "link")!.Attribute("href")!.Value.ShouldContain("/api/engagements/feed-");

        Ours(await Feed("/feeds/divergences.atom?engagement=feed-0001")).Count().ShouldBe(3);
        Ours(await Feed("/feeds/divergences.atom?topic=taiwan-strait")).Count().ShouldBe(6);
        Ours(await Feed("/feeds/divergences.atom?topic=trade-deal")).Count().ShouldBe(0);
        Ours(await Feed("/feeds/divergences.atom?issuer=KR-MOFA")).Count().ShouldBe(6);
        Ours(await Feed("/feeds/divergences.atom?issuer=JP-MOFA")).Count().ShouldBe(0);
        await server.Host.Scenario(s => { s.Get.Url("/feeds/divergences.atom?engagement=NOT%20A%20KEY"); s.StatusCodeShouldBe(400); });
    }

    // The live-stream test shares this server and appends its own divergences; xunit v3 may run it first.
    static IEnumerable<XElement> Ours(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").Where(e => e.Element(Atom + "link")?.Attribute("href")?.Value.Contains("/api/engagements/feed-") == true);

    async Task<XDocument> Feed(string url)
    {
        var result = await server.Host.Scenario(s => { s.Get.Url(url); s.ContentTypeShouldBe("application/atom+xml; charset=utf-8"); });
        return XDocument.Parse(await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task The_live_stream_sends_each_new_divergence()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = server.Host.Server.CreateClient();
        using var response = await client.GetAsync("/api/alerts/stream?engagement=live-0000", HttpCompletionOption.ResponseHeadersRead, ct);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        (await reader.ReadLineAsync(ct)).ShouldBe("event: ready");

        await Divergences.Append(server.Store, 2, 2, "live");
        var alerts = new List<string>();
        while (alerts.Count < 2)
        {
            var line = await reader.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), ct);
            if (line!.StartsWith("data: ") && line.Contains("\"engagement\"")) alerts.Add(line);
        }
        alerts.ShouldAllBe(a => a.Contains("live-0000"));
    }
}
