using Twinning.Data;

namespace Twinning.Data.Seeding;

// The shape of SeedData/*.json (documented in SeedData/FORMAT.md). Parsed strictly: a property
// this model does not know, or a missing `required` one, is an error, so a typo in the hand-written
// file cannot be skipped silently. Nullable properties may be left out.

public sealed record SeedDocument
{
    public required string Dataset { get; init; }
    public required int Version { get; init; }
    public required SeedPartnership Partnership { get; init; }
    public required List<SeedSource> Sources { get; init; }
    public required List<SeedOrganisation> Organisations { get; init; }
    public required List<SeedPerson> People { get; init; }
    public required List<SeedAgreement> Agreements { get; init; }
    public required List<SeedVisit> Visits { get; init; }
    public required List<SeedMeeting> Meetings { get; init; }
    public required List<SeedProject> Projects { get; init; }
    public required List<SeedProgramme> Programmes { get; init; }
    public required List<SeedEvent> Events { get; init; }
    public required List<SeedDonation> Donations { get; init; }
    public required List<SeedInvitation> Invitations { get; init; }
    public required List<SeedAnniversary> Anniversaries { get; init; }
}

public sealed record SeedCity
{
    public required LocalizedText Name { get; init; }
    public required string Country { get; init; }
}

public sealed record SeedPartnership
{
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }
    public required SeedCity CityA { get; init; }
    public required SeedCity CityB { get; init; }
    public DateOnly? Since { get; init; }
    public required string Status { get; init; }
}

public sealed record SeedCitation
{
    public required string Source { get; init; }
    public required string Quote { get; init; }
    public int? Occurrence { get; init; }
}

public sealed record SeedSource
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public required string Language { get; init; }
    public required string Kind { get; init; }
    public required string File { get; init; }
}

public sealed record SeedOrganisation
{
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }
    public string? Abbreviation { get; init; }
    public required string Kind { get; init; }
    public required string Country { get; init; }
    public string? City { get; init; }
    public string? Parent { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedPosition
{
    public required string Title { get; init; }
    public string? Organisation { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DateOnly? AttestedOn { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedPerson
{
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }
    public List<string>? Aliases { get; init; }
    public required string Country { get; init; }
    public List<SeedPosition>? Positions { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedSignatory
{
    public required string Person { get; init; }
    public string? Title { get; init; }
}

public sealed record SeedCommitment
{
    public required string Id { get; init; }
    public required string Area { get; init; }
    public required LocalizedText Text { get; init; }
    public List<string>? Responsible { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedAgreement
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required LocalizedText Title { get; init; }
    public DateOnly? Signed { get; init; }
    public LocalizedText? SignedPlace { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public required string Status { get; init; }
    public string? Predecessor { get; init; }
    public string? Parent { get; init; }
    public List<string>? Parties { get; init; }
    public List<SeedSignatory>? Signatories { get; init; }
    public List<SeedCommitment>? Commitments { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedParticipant
{
    public required string Person { get; init; }
    public required string Role { get; init; }
    public string? Title { get; init; }
}

/// <summary>Fields every activity kind has.</summary>
public abstract record SeedActivity
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public LocalizedText? Summary { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public bool DateInferred { get; init; }
    public LocalizedText? Place { get; init; }
    public required string Status { get; init; }
    public required string Direction { get; init; }
    public List<string>? Commitments { get; init; }
    public List<SeedParticipant>? Participants { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedMeeting : SeedActivity
{
    public required string MeetingKind { get; init; }
    public List<string>? AgreementsSigned { get; init; }
}

public sealed record SeedVisit : SeedActivity
{
    public string? Leader { get; init; }
    public LocalizedText? HostCity { get; init; }
    public string? InvitedBy { get; init; }
    public LocalizedText? Purpose { get; init; }
    public List<SeedMeeting>? Meetings { get; init; }
}

public sealed record SeedBudget
{
    public required decimal Amount { get; init; }
    public required string Currency { get; init; }
}

public sealed record SeedMilestone
{
    public required string Kind { get; init; }
    public DateOnly? Date { get; init; }
    public required LocalizedText Label { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedProject : SeedActivity
{
    public string? Funder { get; init; }
    public string? Recipient { get; init; }
    public string? Sector { get; init; }
    public SeedBudget? Budget { get; init; }
    public int IatiStatus { get; init; } = 1;
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedEnd { get; init; }
    public DateOnly? ActualStart { get; init; }
    public DateOnly? ActualEnd { get; init; }
    public List<SeedMilestone>? Milestones { get; init; }
}

public sealed record SeedIntake
{
    public required int Year { get; init; }
    public required int Count { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedProgramme : SeedActivity
{
    public required string ProgrammeKind { get; init; }
    public int? AnnualQuotaMin { get; init; }
    public int? AnnualQuotaMax { get; init; }
    public List<SeedIntake>? Intakes { get; init; }
    public int? ParticipantsCount { get; init; }
    public string? Provider { get; init; }
    public string? Beneficiary { get; init; }
}

public sealed record SeedEvent : SeedActivity
{
    public required string EventKind { get; init; }
    public List<string>? Organisers { get; init; }
}

public sealed record SeedDonation : SeedActivity
{
    public required LocalizedText Item { get; init; }
    public int? Quantity { get; init; }
    public string? Donor { get; init; }
    public string? Recipient { get; init; }
}

public sealed record SeedInvitation
{
    public required string Id { get; init; }
    public required string Inviter { get; init; }
    public required string Invitee { get; init; }
    public DateOnly? Date { get; init; }
    public bool DateInferred { get; init; }
    public required LocalizedText Description { get; init; }
    public bool? Accepted { get; init; }
    public string? FulfilledBy { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}

public sealed record SeedAnniversary
{
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }
    public required DateOnly BaseDate { get; init; }
    public required List<SeedCitation> Cite { get; init; }
}
