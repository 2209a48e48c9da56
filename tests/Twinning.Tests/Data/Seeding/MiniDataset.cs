using System.Text.Json;

namespace Twinning.Tests.Data.Seeding;

/// <summary>
/// A dataset small enough to read at a glance, written to its own temp folder: one source, one
/// organisation, one person holding a post there. Each part can be broken on purpose.
/// </summary>
public sealed class MiniDataset : IDisposable
{
    public const string SourceText = "Ông Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội, hội đàm với lãnh đạo Thủ đô Viêng Chăn.";
    public const string GoodQuote = "Bí thư Thành ủy Hà Nội";

    private readonly string _folder;

    private MiniDataset(string folder) => _folder = folder;

    public string FilePath => Path.Combine(_folder, "mini.json");

    public static MiniDataset Write(string positionOrganisation = "org-hanoi-party-committee", string personQuote = GoodQuote)
    {
        var dataset = new MiniDataset(Directory.CreateTempSubdirectory("twinning-dataset-").FullName);
        Directory.CreateDirectory(Path.Combine(dataset._folder, "sources"));
        File.WriteAllText(Path.Combine(dataset._folder, "sources", "note.txt"), SourceText);
        File.WriteAllText(dataset.FilePath, JsonSerializer.Serialize(Document(positionOrganisation, personQuote), JsonSerializerOptions.Web));
        return dataset;
    }

    private static object Document(string positionOrganisation, string personQuote)
    {
        object[] Cite(string quote) => [new { source = "src-note", quote }];
        return new
        {
            dataset = "mini", version = 1,
            partnership = new
            {
                id = "partnership-mini", name = new { vi = "Hà Nội – Viêng Chăn" },
                cityA = new { name = new { vi = "Hà Nội" }, country = "VN" },
                cityB = new { name = new { vi = "Viêng Chăn", lo = "ນະຄອນຫຼວງວຽງຈັນ" }, country = "LA" },
                since = (string?)null, status = "Active",
            },
            sources = new[] { new { id = "src-note", title = "Ghi chú", outlet = "TTXVN", url = (string?)null, published = "2024-03-11", language = "vi", kind = "Article", file = "sources/note.txt" } },
            organisations = new[]
            {
                new { id = "org-hanoi-party-committee", name = new { vi = "Thành ủy Hà Nội" }, abbreviation = (string?)null, kind = "PartyCommittee", country = "VN", city = "Hanoi", parent = (string?)null, cite = Cite("Thành ủy Hà Nội") },
            },
            people = new[]
            {
                new
                {
                    id = "person-dinh-tien-dung", name = new { vi = "Đinh Tiến Dũng" }, aliases = new[] { "Dinh Tien Dung" }, country = "VN",
                    positions = new[] { new { title = "Bí thư Thành ủy", organisation = positionOrganisation, from = (string?)null, to = (string?)null, attestedOn = "2024-03-11", cite = Cite(GoodQuote) } },
                    cite = Cite(personQuote),
                },
            },
            agreements = Array.Empty<object>(), visits = Array.Empty<object>(), meetings = Array.Empty<object>(),
            projects = Array.Empty<object>(), programmes = Array.Empty<object>(), events = Array.Empty<object>(),
            donations = Array.Empty<object>(), invitations = Array.Empty<object>(), anniversaries = Array.Empty<object>(),
        };
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
