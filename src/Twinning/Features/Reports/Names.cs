using Twinning.Features.People;

namespace Twinning.Features.Reports;

/// <summary>How people are named in a report.</summary>
public static class Names
{
    /// <summary>
    /// The name in the report's language, followed by the Lao spelling for Lao people: the Lao side's
    /// officers read their leaders' names in their own script (rendered in a Lao font, see DocxText).
    /// </summary>
    public static string Person(Person person)
    {
        var name = person.Name.ToString();
        return person.Name.Lo is { Length: > 0 } lo && lo != name ? $"{name} ({lo})" : name;
    }
}
