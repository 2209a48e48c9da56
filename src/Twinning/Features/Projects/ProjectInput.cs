using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Web;

namespace Twinning.Features.Projects;

/// <summary>The project form: the shared activity fields, funder and recipient, sector, budget, IATI status, planned and actual dates, milestones one row each.</summary>
public sealed class ProjectInput : ActivityCommonInput
{
    [Display(Name = "Project.Funder")]
    public int? FunderId { get; set; }

    [Display(Name = "Project.Recipient")]
    public int? RecipientId { get; set; }

    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Project.Sector")]
    public string? Sector { get; set; }

    /// <summary>Read as the browser sends a number field (a dot before the decimals), whatever the reader's language.</summary>
    [ModelBinder(typeof(InvariantAmountBinder))]
    [Range(0d, double.MaxValue, ErrorMessage = "Validation.NotNegative"), Display(Name = "ProjectEdit.BudgetAmount")]
    public decimal? BudgetAmount { get; set; }

    [StringLength(3, ErrorMessage = "Validation.Length"), Display(Name = "ProjectEdit.BudgetCurrency")]
    public string? BudgetCurrency { get; set; }

    [EnumDataType(typeof(IatiActivityStatus), ErrorMessage = "Validation.Unknown"), Display(Name = "Project.IatiStatus")]
    public IatiActivityStatus IatiStatus { get; set; } = IatiActivityStatus.Pipeline;

    [Display(Name = "ProjectEdit.PlannedStart")]
    public DateOnly? PlannedStart { get; set; }

    [Display(Name = "ProjectEdit.PlannedEnd")]
    public DateOnly? PlannedEnd { get; set; }

    [Display(Name = "ProjectEdit.ActualStart")]
    public DateOnly? ActualStart { get; set; }

    [Display(Name = "ProjectEdit.ActualEnd")]
    public DateOnly? ActualEnd { get; set; }

    public List<MilestoneInput> Milestones { get; set; } = [];

    /// <summary>The currency as stored: trimmed, upper case (ISO 4217 codes are).</summary>
    public string? CurrencyCode => Clean(BudgetCurrency)?.ToUpperInvariant();

    public static ProjectInput From(Project p)
    {
        var input = new ProjectInput
        {
            FunderId = p.FunderId, RecipientId = p.RecipientId, Sector = p.Sector, BudgetAmount = p.BudgetAmount, BudgetCurrency = p.BudgetCurrency,
            IatiStatus = p.IatiStatus, PlannedStart = p.PlannedStart, PlannedEnd = p.PlannedEnd, ActualStart = p.ActualStart, ActualEnd = p.ActualEnd,
            Milestones = p.Milestones.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(MilestoneInput.From).ToList(),
        };
        input.CopyCommonFrom(p);
        return input;
    }

    /// <summary>The rows that will be saved: neither ticked for removal nor left entirely empty.</summary>
    public IEnumerable<MilestoneInput> KeptMilestones() => Milestones.Where(m => !m.Remove && !m.IsBlank);

    /// <summary>Copies the project's own fields (not its milestones, which the page saves row by row).</summary>
    public void ApplyTo(Project p)
    {
        p.FunderId = FunderId;
        p.RecipientId = RecipientId;
        p.Sector = Clean(Sector);
        p.BudgetAmount = BudgetAmount;
        p.BudgetCurrency = CurrencyCode;
        p.IatiStatus = IatiStatus;
        p.PlannedStart = PlannedStart;
        p.PlannedEnd = PlannedEnd;
        p.ActualStart = ActualStart;
        p.ActualEnd = ActualEnd;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(ProjectInput theirs, ActivityChoices choices, IStringLocalizer t) =>
    [
        .. CompareCommon(theirs, choices, t),
        (nameof(FunderId), t["Project.Funder"], choices.OrganisationName(FunderId), choices.OrganisationName(theirs.FunderId)),
        (nameof(RecipientId), t["Project.Recipient"], choices.OrganisationName(RecipientId), choices.OrganisationName(theirs.RecipientId)),
        (nameof(Sector), t["Project.Sector"], Sector, theirs.Sector),
        (nameof(BudgetAmount), t["ProjectEdit.BudgetAmount"], AmountText(BudgetAmount), AmountText(theirs.BudgetAmount)),
        (nameof(BudgetCurrency), t["ProjectEdit.BudgetCurrency"], CurrencyCode, theirs.CurrencyCode),
        (nameof(IatiStatus), t["Project.IatiStatus"], t.Enum(IatiStatus), t.Enum(theirs.IatiStatus)),
        (nameof(PlannedStart), t["ProjectEdit.PlannedStart"], DateText(t, PlannedStart), DateText(t, theirs.PlannedStart)),
        (nameof(PlannedEnd), t["ProjectEdit.PlannedEnd"], DateText(t, PlannedEnd), DateText(t, theirs.PlannedEnd)),
        (nameof(ActualStart), t["ProjectEdit.ActualStart"], DateText(t, ActualStart), DateText(t, theirs.ActualStart)),
        (nameof(ActualEnd), t["ProjectEdit.ActualEnd"], DateText(t, ActualEnd), DateText(t, theirs.ActualEnd)),
        (nameof(Milestones), t["Project.Milestones"], MilestoneSummary(t), theirs.MilestoneSummary(t)),
    ];

    public void Replace(string field, ProjectInput theirs)
    {
        if (ReplaceCommon(field, theirs)) return;
        switch (field)
        {
            case nameof(FunderId): FunderId = theirs.FunderId; break;
            case nameof(RecipientId): RecipientId = theirs.RecipientId; break;
            case nameof(Sector): Sector = theirs.Sector; break;
            case nameof(BudgetAmount): BudgetAmount = theirs.BudgetAmount; break;
            case nameof(BudgetCurrency): BudgetCurrency = theirs.BudgetCurrency; break;
            case nameof(IatiStatus): IatiStatus = theirs.IatiStatus; break;
            case nameof(PlannedStart): PlannedStart = theirs.PlannedStart; break;
            case nameof(PlannedEnd): PlannedEnd = theirs.PlannedEnd; break;
            case nameof(ActualStart): ActualStart = theirs.ActualStart; break;
            case nameof(ActualEnd): ActualEnd = theirs.ActualEnd; break;
            case nameof(Milestones): Milestones = [.. theirs.Milestones]; break;
        }
    }

    /// <summary>The milestones as text, one per line in date order, for the conflict table.</summary>
    public string? MilestoneSummary(IStringLocalizer t)
    {
        var lines = KeptMilestones().OrderBy(m => m.Date).ThenBy(m => Clean(m.LabelVi)).Select(m => string.Join(" · ",
            new[] { DateText(t, m.Date), t.Enum(m.Kind), Clean(m.LabelVi) }.Where(s => !string.IsNullOrEmpty(s)))).ToList();
        return lines.Count == 0 ? null : string.Join("; ", lines);
    }

    /// <summary>As the form's number field shows it: digits and a dot, no grouping.</summary>
    public static string? AmountText(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One milestone row of the project form: an existing milestone (its id) or a new one (0).</summary>
public sealed class MilestoneInput
{
    public int Id { get; set; }

    [EnumDataType(typeof(MilestoneKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public MilestoneKind Kind { get; set; } = MilestoneKind.Other;

    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "ProjectEdit.MilestoneLabel")]
    public string LabelVi { get; set; } = "";

    /// <summary>Ticked: the milestone is deleted when the project is saved.</summary>
    public bool Remove { get; set; }

    /// <summary>A row added and left empty: ignored rather than refused.</summary>
    public bool IsBlank => Id == 0 && Date is null && string.IsNullOrWhiteSpace(LabelVi);

    public static MilestoneInput From(Milestone m) => new() { Id = m.Id, Kind = m.Kind, Date = m.Date, LabelVi = m.Label.Vi ?? "" };

    public void ApplyTo(Milestone m)
    {
        m.Kind = Kind;
        m.Date = Date;
        m.Label.Vi = ActivityCommonInput.Clean(LabelVi);
    }
}

/// <summary>
/// Binds an amount as a number field sends it ("3000000.5"), not in the reader's culture, where
/// Vietnamese would read the dot as a thousands separator. Amounts have at most two decimals and
/// fit the stored precision (18, 2).
/// </summary>
public sealed class InvariantAmountBinder : IModelBinder
{
    private const decimal Limit = 10_000_000_000_000_000m;

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && decimal.Round(amount, 2) == amount && Math.Abs(amount) < Limit)
        {
            context.Result = ModelBindingResult.Success(amount);
            return Task.CompletedTask;
        }
        var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
        context.ModelState.TryAddModelError(context.ModelName, t["Validation.Amount", context.ModelMetadata.GetDisplayName()]);
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
