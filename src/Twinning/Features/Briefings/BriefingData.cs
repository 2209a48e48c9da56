using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Invitations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Projects;

namespace Twinning.Features.Briefings;

/// <summary>What the record holds for one pack: approved records of one partnership only.</summary>
public sealed record BriefingData(Partnership Partnership, DateOnly Date, IReadOnlyList<CounterpartData> Counterparts);

/// <summary>One counterpart and everything the pack says about them.</summary>
public sealed record CounterpartData(
    Person Person,
    IReadOnlyList<Post> Current,
    IReadOnlyList<Post> Past,
    IReadOnlyList<Organisations.Organisation> Bodies,
    IReadOnlyList<EarlierMeeting> Meetings,
    IReadOnlyList<OpenCommitment> Commitments,
    IReadOnlyList<Invitation> Invitations,
    IReadOnlyList<Project> Projects);

/// <summary>A visit or meeting the counterpart took part in before the meeting day.</summary>
public sealed record EarlierMeeting(Activity Activity, IReadOnlyList<ActivityParticipant> OurSide, IReadOnlyList<Agreement> Signed);

/// <summary>A commitment still open, and whether their body answers for it or it is only in the same area.</summary>
public sealed record OpenCommitment(Commitment Commitment, bool Responsible, int Evidence);
