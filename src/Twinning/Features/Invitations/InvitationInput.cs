using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Invitations;

/// <summary>The invitation form: who invited whom, when, whether it was accepted and which visit fulfilled it.</summary>
public sealed class InvitationInput : IValidatableObject, Editing.IRecordInput<Invitation, InvitationInput>
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Invitation.Inviter")] public int? InviterId { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Invitation.Invitee")] public int? InviteeId { get; set; }
    [Display(Name = "Field.Date")] public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "Invitation.DescriptionVi")]
    public string DescriptionVi { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "Invitation.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    /// <summary>"true", "false" or empty (no answer yet).</summary>
    [Display(Name = "Invitation.Answer")] public bool? Accepted { get; set; }
    [Display(Name = "Invitation.FulfilledBy")] public int? FulfilledById { get; set; }
    public int Version { get; set; }

    public static InvitationInput From(Invitation i) => new()
    {
        InviterId = i.InviterId == 0 ? null : i.InviterId, InviteeId = i.InviteeId == 0 ? null : i.InviteeId, Date = i.Date,
        DescriptionVi = i.Description.Vi ?? "", DescriptionEn = i.Description.En, Accepted = i.Accepted, FulfilledById = i.FulfilledById, Version = i.Version,
    };

    public void ApplyTo(Invitation i)
    {
        i.InviterId = InviterId!.Value;
        i.InviteeId = InviteeId!.Value;
        if (i.Date != Date) i.DateInferred = false; // a date typed by a person is not inferred
        i.Date = Date;
        i.Description.Vi = DescriptionVi.Trim().Normalize(System.Text.NormalizationForm.FormC);
        i.Description.En = string.IsNullOrWhiteSpace(DescriptionEn) ? null : DescriptionEn.Trim().Normalize(System.Text.NormalizationForm.FormC);
        i.Accepted = Accepted;
        i.FulfilledById = FulfilledById;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InviterId is not null && InviterId == InviteeId)
        {
            var t = validationContext.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
            yield return new ValidationResult(t?["Invitation.SamePerson"] ?? "Invitation.SamePerson", [nameof(InviteeId)]);
        }
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(InvitationInput theirs, IStringLocalizer t) =>
        typeof(InvitationInput).GetProperties().Where(p => p.Name != nameof(Version))
            .Select(p => (p.Name, t[$"Invitation.Field.{p.Name}"].Value, Show(p.GetValue(this)), Show(p.GetValue(theirs))));

    public void Replace(string field, InvitationInput theirs) => Editing.FormText.TakeField(this, theirs, field);

    private static string? Show(object? value) => value switch { DateOnly d => d.ToString("yyyy-MM-dd"), null => null, _ => value.ToString() };
}
