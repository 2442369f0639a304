using System.Net.Http.Json;
using System.Text.Json;

namespace Divergence.Cli.Commands;

/// <summary>Talks to a running Divergence server; turns its problem+json answers into one-line errors.</summary>
sealed class ServerClient(string baseUrl) : IDisposable
{
    readonly HttpClient http = new() { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };

    public static ServerClient From(CommandLine cl)
    {
        var url = cl.Optional("server", Environment.GetEnvironmentVariable("DIVERGENCE_URL") ?? "http://127.0.0.1:5080");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new UsageException($"--server must be an http(s) address, not '{url}'");
        return new ServerClient(url);
    }

    public async Task<(int Status, JsonElement Body)> Post(string path, object body) =>
        await Read(() => http.PostAsJsonAsync(path, body));

    /// <summary>As Post, but a refusal comes back as its problem+json instead of an error, for callers that explain it.</summary>
    public async Task<(int Status, JsonElement Body)> Send(string path, object body) =>
        await Read(() => http.PostAsJsonAsync(path, body), refusalIsAnswer: true);

    public static string Describe(int status, JsonElement problem, Func<string, string>? field = null)
    {
        if (problem.ValueKind != JsonValueKind.Object) return $"the server answered {status}";
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : problem.TryGetProperty("title", out var t) ? t.GetString() : null;
        if (problem.TryGetProperty("errors", out var errors))
            detail += " " + string.Join("; ", errors.EnumerateObject().Select(e => $"{(field ?? (n => n))(e.Name)}: {string.Join(" ", e.Value.EnumerateArray())}"));
        return $"the server answered {status}: {detail?.Trim()}";
    }

    public async Task<(int Status, JsonElement Body)> Get(string path) => await Read(() => http.GetAsync(path));

    public async Task<(int Status, JsonElement Body)> Delete(string path) => await Read(() => http.DeleteAsync(path));

    async Task<(int, JsonElement)> Read(Func<Task<HttpResponseMessage>> send, bool refusalIsAnswer = false)
    {
        HttpResponseMessage response;
        try { response = await send(); }
        catch (HttpRequestException e) { throw new IOException($"cannot reach the server at {http.BaseAddress}: {e.Message}"); }
        catch (TaskCanceledException) { throw new IOException($"the server at {http.BaseAddress} did not answer in time"); }
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        if (!response.IsSuccessStatusCode && !(refusalIsAnswer && (int)response.StatusCode is >= 400 and < 500)) throw new IOException(Describe((int)response.StatusCode, json));
        return ((int)response.StatusCode, json);
    }

    public void Dispose() => http.Dispose();
}
