using System.Text.Json;
using Divergence.Server.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Divergence.Server.Statements;

/// <summary>Edge checks for a batch: its size (413) and every item (400 naming index and field), before anything is analysed.</summary>
public static class RecordStatementsBody
{
    public const int MaxStatements = 500;
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>The body read by hand, so that an oversized one is refused as problem+json before it is read.</summary>
    public static async Task<(RecordStatements?, IResult?)> Read(HttpContext http, CancellationToken ct)
    {
        // Kestrel stops a chunked body past this limit; a declared length is refused up front.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes) return (null, TooLarge());
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            var batch = await JsonSerializer.DeserializeAsync<RecordStatements>(http.Request.Body, json, ct);
            return batch is null ? (null, Problems.BadRequest("The body must be a JSON object: {\"statements\": [...]}.")) : (batch, null);
        }
        catch (JsonException e) when (e.Path is ['$', '.', ..] path && path.Length > 2)
        {
            // A value of the wrong type ("publishedAt": "soon") is named like any other bad field.
            return (null, Problems.Invalid(new Dictionary<string, string[]> { [path[2..]] = ["Not a valid value for this field."] }));
        }
        catch (JsonException e) { return (null, Problems.BadRequest($"The body is not a valid batch: {e.Message}")); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return (null, TooLarge()); }
    }

    public static IResult? Problem(RecordStatements batch, DateTimeOffset now)
    {
        if (batch.Statements is not { Count: > 0 } items)
            return Problems.Invalid(new Dictionary<string, string[]> { ["statements"] = ["At least one statement."] });
        if (items.Count > MaxStatements)
            return Problems.TooLarge($"A batch holds at most {MaxStatements} statements, not {items.Count}.");

        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item) { errors[$"statements[{i}]"] = ["A statement object."]; continue; }
            if (StatementTextValidation.Problem(item.Text, $"statement text of statements[{i}]") is { } tooLarge) return tooLarge;
            foreach (var (field, messages) in RecordStatementValidation.Errors(item, now)) errors[$"statements[{i}].{field}"] = messages;
        }
        return errors.Count == 0 ? null : Problems.Invalid(errors);
    }

    static IResult TooLarge() => Problems.TooLarge($"A batch body is at most {MaxBodyBytes / (1024 * 1024)} MB.");
}
