using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;

namespace Twinning.Features.Donations;

/// <summary>The donation form: the shared activity fields, what was given and how many, by whom and to whom.</summary>
public sealed class DonationInput : ActivityCommonInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "DonationEdit.ItemVi")]
    public string ItemVi { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "DonationEdit.ItemEn")]
    public string? ItemEn { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "DonationEdit.Quantity")]
    public int? Quantity { get; set; }

    [Display(Name = "Donation.Donor")]
    public int? DonorId { get; set; }

    [Display(Name = "Donation.Recipient")]
    public int? RecipientId { get; set; }

    public static DonationInput From(Donation d)
    {
        var input = new DonationInput
        {
            ItemVi = d.Item.Vi ?? "", ItemEn = d.Item.En, Quantity = d.Quantity, DonorId = d.DonorId, RecipientId = d.RecipientId,
        };
        input.CopyCommonFrom(d);
        return input;
    }

    public void ApplyTo(Donation d)
    {
        d.Item.Vi = Clean(ItemVi);
        d.Item.En = Clean(ItemEn);
        d.Quantity = Quantity;
        d.DonorId = DonorId;
        d.RecipientId = RecipientId;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(DonationInput theirs, ActivityChoices choices, IStringLocalizer t) =>
    [
        .. CompareCommon(theirs, choices, t),
        (nameof(ItemVi), t["DonationEdit.ItemVi"], ItemVi, theirs.ItemVi),
        (nameof(ItemEn), t["DonationEdit.ItemEn"], ItemEn, theirs.ItemEn),
        (nameof(Quantity), t["DonationEdit.Quantity"], Quantity?.ToString(), theirs.Quantity?.ToString()),
        (nameof(DonorId), t["Donation.Donor"], choices.OrganisationName(DonorId), choices.OrganisationName(theirs.DonorId)),
        (nameof(RecipientId), t["Donation.Recipient"], choices.OrganisationName(RecipientId), choices.OrganisationName(theirs.RecipientId)),
    ];

    public void Replace(string field, DonationInput theirs)
    {
        if (ReplaceCommon(field, theirs)) return;
        switch (field)
        {
            case nameof(ItemVi): ItemVi = theirs.ItemVi; break;
            case nameof(ItemEn): ItemEn = theirs.ItemEn; break;
            case nameof(Quantity): Quantity = theirs.Quantity; break;
            case nameof(DonorId): DonorId = theirs.DonorId; break;
            case nameof(RecipientId): RecipientId = theirs.RecipientId; break;
        }
    }
}
