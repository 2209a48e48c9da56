using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;

namespace Twinning.Features.Donations;

/// <summary>A gift in kind: computers, reference documents…</summary>
public sealed class Donation : Activity
{
    public Donation() => Kind = ActivityKind.Donation;

    public LocalizedText Item { get; set; } = new();
    public int? Quantity { get; set; }
    public int? DonorId { get; set; }
    public Organisation? Donor { get; set; }
    public int? RecipientId { get; set; }
    public Organisation? Recipient { get; set; }
}
