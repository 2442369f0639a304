using System.Text.Json;

namespace Divergence.Server.Infrastructure;

/// <summary>Maps what a client's bad request throws to a 4xx; anything else stays a 500 without details.</summary>
public static class ErrorStatus
{
    public static int For(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException => StatusCodes.Status400BadRequest,
        _ when e.InnerException is { } inner && inner is BadHttpRequestException or JsonException => For(inner),
        _ => StatusCodes.Status500InternalServerError,
    };
}
