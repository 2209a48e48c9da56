using Twinning.Data;
using Twinning.Features.People;
using Twinning.Features.Visits;

namespace Twinning.Features.Invitations;

/// <summary>An invitation to visit; fulfilled when the invited visit takes place.</summary>
public sealed class Invitation : Record, IPartnershipScoped
{
    public int PartnershipId { get; set; }
    public int InviterId { get; set; }
    public Person? Inviter { get; set; }
    public int InviteeId { get; set; }
    public Person? Invitee { get; set; }
    public DateOnly? Date { get; set; }
    public bool DateInferred { get; set; }
    public LocalizedText Description { get; set; } = new();
    public bool? Accepted { get; set; }
    public int? FulfilledById { get; set; }
    public Visit? FulfilledBy { get; set; }
}
