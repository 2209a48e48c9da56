namespace Twinning.Features.Search;

/// <summary>
/// The stored form of a record's keys: each folded name between '|' separators, so a substring
/// match can also anchor on the start of a name ("|thongloun").
/// </summary>
public static class SearchKeys
{
    public const char Separator = '|';

    public static string Join(IEnumerable<string> foldedNames) =>
        Separator + string.Join(Separator, foldedNames.Where(n => n.Length > 0).Distinct()) + Separator;
}
