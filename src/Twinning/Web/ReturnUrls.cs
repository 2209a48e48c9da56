namespace Twinning.Web;

/// <summary>
/// Where a form may send the reader back to: a path of this site, never another site. A browser drops
/// tabs and newlines from an address and reads "\" as "/", so "/\t/evil.com" or "/\\evil.com" would
/// leave the site; and such characters cannot go in a Location header at all (a 500 before this check).
/// </summary>
public static class ReturnUrls
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2000 }
        && url[0] == '/'
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && (url.Length == 1 || url[1] != '/');

    public static string LocalOrHome(string? url) => IsLocal(url) ? url! : "/";
}
