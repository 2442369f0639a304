namespace Divergence.Server.Infrastructure;

/// <summary>The problem+json answers the API gives for bad input.</summary>
public static class Problems
{
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid.", statusCode: 400);

    /// <summary>A body of JSON `null` (or none) deserialises to no command at all.</summary>
    public static IResult MissingBody() =>
        Invalid(new Dictionary<string, string[]> { ["body"] = ["A JSON object is required."] });

    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: 400, title: "The request is not valid.");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: 404, title: "Not found.");

    public static IResult Conflict(string detail) =>
        Results.Problem(detail, statusCode: 409, title: "Conflict.");

    public static IResult TooLarge(string detail) =>
        Results.Problem(detail, statusCode: 413, title: "The request is too large.");
}
