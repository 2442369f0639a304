using System.Text;
using Divergence.Server.Infrastructure;

namespace Divergence.Server.Statements;

public static class StatementTextValidation
{
    public const int MaxTextBytes = 1_000_000;

    /// <summary>413 for a text over the limit: checked before anything else is looked at.</summary>
    public static IResult? Problem(string? text, string field) =>
        text is not null && Encoding.UTF8.GetByteCount(text) > MaxTextBytes
            ? Problems.TooLarge($"The {field} is larger than {MaxTextBytes:N0} bytes.")
            : null;
}
