using Vigil.Samples.QrOrdering.Contracts;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>The <c>?page=&amp;pageSize=</c> pair every list endpoint takes, 1-based, at most 100 per page.</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static bool TryCreate(int? page, int? pageSize, out PageRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (page is < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        request = new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
        return errors.Count == 0;
    }

    public PagedResponse<TView> Apply<TItem, TView>(IReadOnlyList<TItem> all, Func<TItem, TView> view) =>
        new(all.Skip((Page - 1) * PageSize).Take(PageSize).Select(view).ToList(), Page, PageSize, all.Count);
}
