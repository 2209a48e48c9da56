namespace Twinning.Features.Search;

/// <summary>
/// A record found by the search box. Its folded keys are stored in columns so the database can
/// filter with a plain substring match; <see cref="Data.TwinningDb"/> refreshes them on every save.
/// </summary>
public interface ISearchable
{
    /// <summary>Every name the record is known by (all languages, aliases, abbreviations).</summary>
    IEnumerable<string> SearchNames();

    string SearchKey { get; set; }
    string PhoneticKey { get; set; }
}
