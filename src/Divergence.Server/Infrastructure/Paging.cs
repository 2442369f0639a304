namespace Divergence.Server.Infrastructure;

public readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    /// <summary>Far beyond any result set, and small enough that (page - 1) * size stays an int.</summary>
    public const int MaxPage = 1_000_000;

    public int Offset => (Page - 1) * Size;

    /// <summary>Parses ?page=&amp;pageSize=, or says what is wrong with them.</summary>
    public static IResult? TryParse(string? page, string? pageSize, out Paging paging)
    {
        paging = new Paging(1, DefaultSize);
        if (!QueryNumbers.TryInt(page, out var p) || p is < 1 or > MaxPage)
            return Problems.BadRequest($"page is a whole number from 1 to {MaxPage:N0}.");
        if (!QueryNumbers.TryInt(pageSize, out var s) || s is < 1 or > MaxSize)
            return Problems.BadRequest($"pageSize is a whole number from 1 to {MaxSize}.");
        paging = new Paging(p ?? 1, s ?? DefaultSize);
        return null;
    }
}
