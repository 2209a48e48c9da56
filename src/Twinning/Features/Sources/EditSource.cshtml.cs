using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Sources;

/// <summary>
/// Add or correct a source. Its text becomes read-only once something cites it: citations point at
/// character offsets, which an edited text would silently move.
/// </summary>
public sealed class EditSourceModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t)
    : RecordEditPage<Source, SourceInput>(db, permissions, workflow, t)
{
    public const int MaxTextLength = 1_000_000;

    public bool TextLocked { get; private set; }

    protected override async Task<Source?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct)
    {
        if (IsNew) return new Source();
        var source = await Db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        TextLocked = source is not null && await Db.Citations.AnyAsync(c => c.SourceId == source.Id, ct);
        return source;
    }

    protected override SourceInput InputFrom(Source source) => SourceInput.From(source);
    protected override string SavedUrl(Source source) => $"/sources/{source.Id}";

    protected override void Validate(Source source)
    {
        if (TextLocked) Input.FullText = source.FullText;
    }
}

public sealed class SourceInput : IRecordInput<Source, SourceInput>
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "Field.Title")]
    public string Title { get; set; } = "";
    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Source.Outlet")] public string? Outlet { get; set; }
    [StringLength(2000, ErrorMessage = "Validation.Length"), Web.WebAddress(ErrorMessage = "Source.BadUrl"), Display(Name = "Source.Url")] public string? Url { get; set; }
    [Display(Name = "Source.Published")] public DateOnly? PublishedOn { get; set; }
    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^(vi|lo|en)$", ErrorMessage = "Validation.Unknown"), Display(Name = "Source.Language")]
    public string Language { get; set; } = "vi";
    [Display(Name = "Field.Kind")] public SourceKind Kind { get; set; } = SourceKind.Article;
    [Required(ErrorMessage = "Validation.Required"), StringLength(EditSourceModel.MaxTextLength, ErrorMessage = "Validation.Length"), Display(Name = "Source.Text")]
    public string FullText { get; set; } = "";
    public int Version { get; set; }

    public static SourceInput From(Source s) => new()
    {
        Title = s.Title, Outlet = s.Outlet, Url = s.Url, PublishedOn = s.PublishedOn, Language = s.Language, Kind = s.Kind, FullText = s.FullText, Version = s.Version,
    };

    public void ApplyTo(Source s)
    {
        s.Title = Editing.FormText.Clean(Title)!;
        s.Outlet = Editing.FormText.Clean(Outlet);
        s.Url = Editing.FormText.Clean(Url);
        s.PublishedOn = PublishedOn;
        s.Language = Language;
        s.Kind = Kind;
        // Line breaks normalised, text in NFC, as every stored text; offsets of later citations refer to this form.
        s.FullText = FullText.Replace("\r\n", "\n").Normalize(System.Text.NormalizationForm.FormC);
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(SourceInput theirs, IStringLocalizer t) =>
    [
        (nameof(Title), t["Field.Title"], Title, theirs.Title),
        (nameof(Outlet), t["Source.Outlet"], Outlet, theirs.Outlet),
        (nameof(Url), t["Source.Url"], Url, theirs.Url),
        (nameof(PublishedOn), t["Source.Published"], PublishedOn?.ToString("yyyy-MM-dd"), theirs.PublishedOn?.ToString("yyyy-MM-dd")),
        (nameof(Language), t["Source.Language"], Language, theirs.Language),
        (nameof(Kind), t["Field.Kind"], Kind.ToString(), theirs.Kind.ToString()),
        (nameof(FullText), t["Source.Text"], FullText, theirs.FullText),
    ];

    public void Replace(string field, SourceInput theirs) => Editing.FormText.TakeField(this, theirs, field);

}
