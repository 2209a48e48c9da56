using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Search;
using Twinning.Features.Workflow;

namespace Twinning.Features.People;

/// <summary>
/// Create or edit a person: names in three languages and every other spelling. Warns before creating
/// a person whose name folds to one already on record, and shows both versions side by side when
/// someone else saved the person meanwhile.
/// </summary>
public sealed class EditPersonModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
{
    [BindProperty] public PersonInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    /// <summary>"Add a position": re-show the form with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddPosition { get; set; }

    /// <summary>The bodies a post may be held at: those the user may read, and those the person's posts already name.</summary>
    public List<RecordOption> Organisations { get; private set; } = [];

    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }
    /// <summary>Same-name people the user may read: listed by name and linked.</summary>
    public List<Person> PossibleDuplicates { get; private set; } = [];

    /// <summary>
    /// Whether a same-name person exists that the user may not read (someone else's submission awaiting review).
    /// A hidden duplicate is still a duplicate, so the form still warns, but without its name or link.
    /// </summary>
    public bool HiddenDuplicate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var person = id is null ? new Person() : await LoadAsync(id.Value, ct);
        if (person is null) return NotFound();
        if (!await permissions.CanEditAsync(person, ct)) return Forbid();
        IsNew = id is null;
        Input = PersonInput.From(person);
        await LoadChoicesAsync(person, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        var person = IsNew ? new Person() : await LoadAsync(id!.Value, ct);
        if (person is null) return NotFound();
        if (!await permissions.CanEditAsync(person, ct)) return Forbid();
        await LoadChoicesAsync(person, ct);

        if (AddPosition)
        {
            Input.Positions.Add(new PositionInput());
            ModelState.Clear();
            return Page();
        }
        // "Use the saved value" (Take) always re-shows the conflict; it never saves.
        if (!IsNew && (person.Version != Input.Version || Take is not null))
            return ShowConflict(person);
        foreach (var (position, i) in Input.Positions.Select((p, i) => (p, i)))
        {
            if (position.OrganisationId is { } org && Organisations.All(o => o.Id != org))
                ModelState.AddModelError($"Input.Positions[{i}].OrganisationId", t["Validation.Unknown"]);
        }
        if (!ModelState.IsValid) return Page();
        if (IsNew && !Input.ConfirmNotDuplicate)
        {
            (PossibleDuplicates, HiddenDuplicate) = await FindSameNameAsync(Input.Names(), ct);
            if (PossibleDuplicates.Count > 0 || HiddenDuplicate) return Page();
        }

        Input.ApplyTo(person);
        await workflow.AfterEditAsync(person, ct);
        if (IsNew) db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(person.Id, ct))!);
        }
        return Redirect($"/people/{person.Id}");
    }

    private IActionResult ShowConflict(Person current)
    {
        var theirs = PersonInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Person?> LoadAsync(int id, CancellationToken ct) =>
        db.People.Include(p => p.Aliases).Include(p => p.Positions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task LoadChoicesAsync(Person person, CancellationToken ct) =>
        Organisations = (await RecordOptions.OrganisationsAsync(db, await permissions.ReadFilterAsync(ct),
            person.Positions.Select(p => p.OrganisationId), ct)).BySideThenVietnameseName();

    /// <summary>
    /// People already on record under any of these names, folded as the search box folds them: those the
    /// user may read (<see cref="ReadFilter.ApplyShared{T}"/>, so a draft's name is not shown to a member
    /// who may not open it), and whether any others exist.
    /// </summary>
    private async Task<(List<Person> Readable, bool Hidden)> FindSameNameAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var readable = await permissions.ReadFilterAsync(ct);
        var keys = names.Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct().ToList();
        var found = new List<Person>();
        var hidden = false;
        foreach (var key in keys)
        {
            var anchored = $"{SearchKeys.Separator}{key}{SearchKeys.Separator}";
            var sameName = db.People.AsNoTracking().Where(p => p.SearchKey.Contains(anchored));
            var shown = await readable.ApplyShared(sameName).ToListAsync(ct);
            found.AddRange(shown);
            var shownIds = shown.Select(p => p.Id).ToList();
            // Only whether one exists: its id and name stay unread.
            hidden |= await sameName.AnyAsync(p => !shownIds.Contains(p.Id), ct);
        }
        return (found.DistinctBy(p => p.Id).ToList(), hidden);
    }
}

public sealed class PersonInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.vi")]
    public string NameVi { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.en")]
    public string? NameEn { get; set; }

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.lo")]
    public string? NameLo { get; set; }

    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Validation.Country"), Display(Name = "Field.Side")]
    public string Country { get; set; } = "VN";

    /// <summary>Other spellings, one per line.</summary>
    [StringLength(4000, ErrorMessage = "Validation.Length"), Display(Name = "Person.Aliases")]
    public string? Aliases { get; set; }

    /// <summary>The titles the person held, one row each; rows marked Remove are deleted on save.</summary>
    public List<PositionInput> Positions { get; set; } = [];

    public int Version { get; set; }

    /// <summary>Ticked after the duplicate warning: "this is someone else with the same name".</summary>
    public bool ConfirmNotDuplicate { get; set; }

    public static PersonInput From(Person p) => new()
    {
        NameVi = p.Name.Vi ?? "", NameEn = p.Name.En, NameLo = p.Name.Lo, Country = p.Country,
        Aliases = string.Join("\n", p.Aliases.Select(a => a.Name)), Version = p.Version,
        Positions = p.Positions.OrderBy(x => x.From ?? x.AttestedOn).ThenBy(x => x.Id).Select(PositionInput.Of).ToList(),
    };

    public IEnumerable<string> Names() => new[] { NameVi, NameEn, NameLo }.Concat(AliasList()).OfType<string>();

    public void ApplyTo(Person p)
    {
        p.Name.Vi = FormText.Clean(NameVi);
        p.Name.En = FormText.Clean(NameEn);
        p.Name.Lo = FormText.Clean(NameLo);
        p.Country = Country;
        var wanted = AliasList().ToList();
        p.Aliases.RemoveAll(a => !wanted.Contains(a.Name));
        foreach (var alias in wanted.Where(w => p.Aliases.All(a => a.Name != w)))
            p.Aliases.Add(new PersonAlias { Name = alias });

        var kept = Positions.Where(x => !x.Remove && !string.IsNullOrWhiteSpace(x.Title)).ToList();
        p.Positions.RemoveAll(existing => kept.All(k => k.Id != existing.Id));
        foreach (var row in kept)
        {
            var position = p.Positions.FirstOrDefault(x => x.Id == row.Id && row.Id != 0);
            if (position is null) p.Positions.Add(position = new Position());
            row.ApplyTo(position);
        }
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(PersonInput theirs, IStringLocalizer t) =>
    [
        (nameof(NameVi), t["Language.Name.vi"], NameVi, theirs.NameVi),
        (nameof(NameEn), t["Language.Name.en"], NameEn, theirs.NameEn),
        (nameof(NameLo), t["Language.Name.lo"], NameLo, theirs.NameLo),
        (nameof(Country), t["Field.Side"], Country, theirs.Country),
        (nameof(Aliases), t["Person.Aliases"], Aliases, theirs.Aliases),
        (nameof(Positions), t["Person.Positions"], PositionInput.Summary(Positions), PositionInput.Summary(theirs.Positions)),
    ];

    public void Replace(string field, PersonInput theirs)
    {
        switch (field)
        {
            case nameof(NameVi): NameVi = theirs.NameVi; break;
            case nameof(NameEn): NameEn = theirs.NameEn; break;
            case nameof(NameLo): NameLo = theirs.NameLo; break;
            case nameof(Country): Country = theirs.Country; break;
            case nameof(Aliases): Aliases = theirs.Aliases; break;
            case nameof(Positions): Positions = theirs.Positions; break;
        }
    }

    private IEnumerable<string> AliasList() =>
        (Aliases ?? "").Split('\n').Select(a => FormText.Clean(a)).OfType<string>().Distinct();

}

/// <summary>One row of the person form's positions.</summary>
public sealed class PositionInput : IValidatableObject
{
    public int Id { get; set; }

    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Field.Title")]
    public string? Title { get; set; }

    public int? OrganisationId { get; set; }

    [Display(Name = "Field.From")] public DateOnly? From { get; set; }
    [Display(Name = "Field.To")] public DateOnly? To { get; set; }
    [Display(Name = "Position.AttestedOn")] public DateOnly? AttestedOn { get; set; }
    public bool Remove { get; set; }

    public static PositionInput Of(Position p) => new()
    {
        Id = p.Id, Title = p.Title, OrganisationId = p.OrganisationId, From = p.From, To = p.To, AttestedOn = p.AttestedOn,
    };

    public void ApplyTo(Position p)
    {
        p.Title = Title!.Trim().Normalize(System.Text.NormalizationForm.FormC);
        p.OrganisationId = OrganisationId;
        p.From = From;
        p.To = To;
        p.AttestedOn = AttestedOn;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
        {
            var t = validationContext.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
            yield return new ValidationResult(t?["Position.EndBeforeStart"] ?? "Position.EndBeforeStart", [nameof(To)]);
        }
    }

    /// <summary>The positions as one line each, to show two versions side by side.</summary>
    public static string Summary(IEnumerable<PositionInput> positions) =>
        string.Join("\n", positions.Where(p => !p.Remove && !string.IsNullOrWhiteSpace(p.Title))
            .Select(p => $"{p.Title} ({p.From:yyyy-MM-dd}–{p.To:yyyy-MM-dd})"));
}
