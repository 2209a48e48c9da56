namespace Twinning.Data;

/// <summary>ISO 3166-1 alpha-2 codes of the countries the app knows how to name.</summary>
public static class CountryCode
{
    public const string Vietnam = "VN";
    public const string Laos = "LA";

    public static bool IsValid(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
