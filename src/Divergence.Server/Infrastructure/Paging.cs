namespace Divergence.Server.Infrastructure;

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static IResult? Problem(int? page, int? pageSize)
    {
        if (page is < 1) return Problems.BadRequest("page starts at 1.");
        if (pageSize is < 1 or > MaxSize) return Problems.BadRequest($"pageSize must be from 1 to {MaxSize}.");
        return null;
    }

    public static (int Page, int Size) Of(int? page, int? pageSize) => (page ?? 1, pageSize ?? DefaultSize);
}
