using System.Globalization;

namespace ApiHost.Admin.Http;

/// <summary>The <c>__limit</c>/<c>__page</c> query parameters of seed 001. Without <c>__limit</c> a query is not
/// paged, which the seed allows, but still answers at most <see cref="MaxLimit"/> records.</summary>
public sealed record AdminPaging(int Limit, int Page)
{
    public const string LimitParameter = "__limit";
    public const string PageParameter = "__page";
    public const int MaxLimit = 2000;
    public const int MaxPage = 1_000_000;

    public static AdminPaging From(HttpRequest request) =>
        new(Read(request, LimitParameter, MaxLimit, MaxLimit), Read(request, PageParameter, 1, MaxPage));

    public IReadOnlyList<T> Apply<T>(IReadOnlyList<T> all) =>
        all.Skip((int)Math.Min((long)(Page - 1) * Limit, int.MaxValue)).Take(Limit).ToList();

    private static int Read(HttpRequest request, string name, int absent, int max)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return absent;
        }

        if (values.Count > 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            throw AdminException.Invalid(name, $"must be one integer from 1 to {max}");
        }

        return value;
    }
}
