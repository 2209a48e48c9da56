using Twinning.Extraction;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Features.Import;

/// <summary>
/// A record an article implies, as the review screen offers it: new, or matching a record Twinning
/// already holds (then accepting it only adds the article as evidence). Keys are stable for one text
/// ("person-3"), so the review form and its post agree on what each field belongs to.
/// </summary>
public abstract record Proposal(string Key, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>The matching record Twinning already holds, or null for a new one.</summary>
    public int? ExistingId { get; init; }

    /// <summary>The matching record's name as readers see it.</summary>
    public string? ExistingLabel { get; init; }

    /// <summary>Already cited from this very article: accepting it again would add nothing.</summary>
    public bool AlreadyCited { get; init; }

    public bool IsNew => ExistingId is null;

    public abstract RecordKind CitedAs { get; }

    /// <summary>The kind's short name, for the page's classes and colours ("person", "event"…).</summary>
    public abstract string Kind { get; }

    /// <summary>The page of the matching record, or null for a new one.</summary>
    public string? ExistingUrl => ExistingId is not { } id ? null : this switch
    {
        PersonProposal => $"/people/{id}",
        OrganisationProposal => $"/organisations/{id}",
        AgreementProposal => $"/agreements/{id}",
        _ => $"/activities/{id}",
    };

    /// <summary>What the proposal is called in the list, before any edit.</summary>
    public abstract string Label { get; }
}

public sealed record PersonProposal(string Key, ExtractedPerson Fact) : Proposal(Key, Fact.Mentions.Take(1).Concat(Fact.Titles.Select(t => t.Span)).ToList())
{
    public override string Kind => "person";
    public override RecordKind CitedAs => RecordKind.Person;
    public override string Label => Fact.Name;
}

public sealed record OrganisationProposal(string Key, ExtractedOrganisation Fact) : Proposal(Key, [Fact.Span])
{
    public override string Kind => "organisation";
    public override RecordKind CitedAs => RecordKind.Organisation;
    public override string Label => Fact.Name;
}

/// <summary>
/// A visit, or a meeting (talks, a call, a signing, a conference, a ceremony) that may sit inside one. The title is
/// short and in the three languages; the kind follows the verb and the direction the travelling side.
/// </summary>
public sealed record EventProposal(string Key, ExtractedEvent Fact, LocalizedText Titles, IReadOnlyList<string> ParticipantKeys) : Proposal(Key, [Fact.Span])
{
    public override string Kind => "event";
    public override RecordKind CitedAs => RecordKind.Activity;
    public override string Label => Title;
    public bool IsVisit => Fact.Kind == EventKind.Visit;

    /// <summary>The title in the reader's language (the one the review form shows and may have edited).</summary>
    public string Title => Titles.ToString();

    public MeetingKind MeetingKind { get; init; }

    public Direction Direction { get; init; }

    /// <summary>A visit read from a delegation's trip that the article tells only through its meetings.</summary>
    public bool FromTrip { get; init; }
}

public sealed record AgreementProposal(string Key, ExtractedAgreement Fact) : Proposal(Key, [Fact.Span])
{
    /// <summary>For an agency's memorandum: the city agreement in force it is made under (null: none held, or a city agreement).</summary>
    public int? ParentId { get; init; }

    public string? ParentLabel { get; init; }

    public bool IsAgency => Fact.Agency is not null;

    public override string Kind => "agreement";
    public override RecordKind CitedAs => RecordKind.Agreement;
    public override string Label => Fact.Title;
}

/// <summary>A work, or a people programme (scholarships, training) or a gift the article tells.</summary>
public sealed record ProjectProposal(string Key, ExtractedProject Fact) : Proposal(Key, [Fact.Span])
{
    public override string Kind => "project";

    public ActivityKind ActivityKind => Fact.Programme is not null ? ActivityKind.Programme : Fact.IsDonation ? ActivityKind.Donation : ActivityKind.Project;
    public override RecordKind CitedAs => RecordKind.Activity;
    public override string Label => Fact.Name;
}
