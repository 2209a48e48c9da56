using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.People;

namespace Twinning.Features.Visits;

/// <summary>A delegation's trip to the other city, containing the meetings held during it.</summary>
public sealed class Visit : Activity
{
    public Visit() => Kind = ActivityKind.Visit;

    public int? LeaderId { get; set; }
    public Person? Leader { get; set; }
    public LocalizedText? HostCity { get; set; }
    public int? InvitedById { get; set; }
    public Person? InvitedBy { get; set; }
    public LocalizedText? Purpose { get; set; }
    public List<Meeting> Meetings { get; set; } = [];
}
