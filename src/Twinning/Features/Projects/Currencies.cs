using System.Collections.Frozen;
using System.Globalization;

namespace Twinning.Features.Projects;

/// <summary>ISO 4217 currency codes, taken from the platform's region data (ICU) rather than a hand-kept list.</summary>
public static class Currencies
{
    private static readonly FrozenSet<string> Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>()
        .Where(code => code.Length == 3)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsIso4217(string? code) => code is { Length: 3 } && Codes.Contains(code);
}
