using System.Text.Json;
using Alba;
using Divergence.Server.Engagements;
using Divergence.Server.Statements;

namespace Divergence.Server.Tests;

/// <summary>The requests tests make, read the way a client reads them.</summary>
public static class Api
{
    public static async Task<StatementAccepted> Record(this IAlbaHost host, RecordStatement statement, int status = 201)
    {
        var result = await host.Scenario(s => { s.Post.Json(statement).ToUrl("/api/statements"); s.StatusCodeShouldBe(status); });
        return (await result.ReadAsJsonAsync<StatementAccepted>())!;
    }

    public static async Task<OmissionReport> Report(this IAlbaHost host, string key)
    {
        var result = await host.Scenario(s => s.Get.Url($"/api/engagements/{key}/report"));
        return JsonSerializer.Deserialize<OmissionReport>(await result.ReadAsTextAsync(), Json.Options)!;
    }

    public static async Task<JsonElement> GetJson(this IAlbaHost host, string url, int status = 200)
    {
        var result = await host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(status); });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement> PostJson(this IAlbaHost host, string url, object body, int status)
    {
        var result = await host.Scenario(s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); });
        var text = await result.ReadAsTextAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IEnumerable<string?> Topics(this JsonElement report, string omittedBy) =>
        report.GetProperty("omissions").EnumerateArray()
            .Where(o => o.GetProperty("omittedBy").GetString() == omittedBy)
            .Select(o => o.GetProperty("topic").GetString());
}
