using Microsoft.AspNetCore.WebUtilities;

namespace TrainingHub.Web.Pages.Shared;

/// <summary>Where a long table is on its pages, for the _TablePager partial, whatever the rows are.</summary>
public interface ITablePage
{
    int Number { get; }
    int Count { get; }
    int Total { get; }
    string Parameter { get; }
    string Label { get; }

    /// <summary>The current address with this table's page number set and every other query value kept.</summary>
    string LinkTo(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query[Parameter] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return request.Path + QueryString.Create(query).ToUriComponent();
    }
}

/// <summary>
/// One page of a long table: a national programme's reports run to thousands of rows, more than anyone reads on a
/// screen or a browser renders quickly, so pages show a page at a time and the downloads carry every row. The page
/// number comes from its own query value, so two tables on one page turn independently; anything but a whole number
/// in range means the nearest page, never an error.
/// </summary>
public sealed record TablePage<T>(IReadOnlyList<T> Rows, int Number, int Count, int Total, string Parameter, string Label) : ITablePage
{
    public const int DefaultSize = 50;

    public static TablePage<T> Of(IReadOnlyList<T> all, HttpRequest request, string parameter, string label, int size = DefaultSize)
    {
        var count = Math.Max(1, (all.Count + size - 1) / size);
        var asked = int.TryParse(request.Query[parameter], out var n) ? n : 1;
        var number = Math.Clamp(asked, 1, count);
        return new TablePage<T>(all.Skip((number - 1) * size).Take(size).ToList(), number, count, all.Count, parameter, label);
    }
}
