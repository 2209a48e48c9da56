using Twinning.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Extraction.Text;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Donations;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Import;

/// <summary>
/// Turns the proposals a reviewer accepted into records with citations to the article, all or nothing:
/// new records are created, matching ones gain the article as evidence (and a person their new aliases
/// and titles, where the reviewer may edit them). Every record goes through the workflow as a form save
/// would: approved at once for Editors, submitted for an Editor's approval for Contributors.
/// </summary>
public sealed class ImportAcceptance(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t, TimeProvider clock, Data.Auditing.CurrentActor actor)
{
    /// <summary>What an acceptance did: field errors by form field name ("Edits[event-2].Date"), or the import it recorded.</summary>
    public sealed record Outcome(Dictionary<string, string> Errors, ImportRun? Run);

    public async Task<Outcome> AcceptAsync(Source source, Partnership partnership, ArticleProposals proposals,
        IReadOnlyDictionary<string, ProposalEdit> edits, int? contributorOrganisationId, CancellationToken ct)
    {
        var accepted = proposals.All.Where(p => edits.GetValueOrDefault(p.Key)?.Accept == true && !p.AlreadyCited).ToList();
        var errors = Validate(accepted, edits, partnership);
        if (errors.Count > 0) return new Outcome(errors, null);

        var text = proposals.Extraction.Text;
        var today = clock.Today();
        var made = new List<(Proposal Proposal, Func<int> Id)>();
        var positions = new List<(Position Position, TextSpan Span)>();
        var people = new Dictionary<string, Person>();
        var articleDate = source.PublishedOn ?? proposals.Extraction.Published?.Date;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The people already held that the article names, in one query (they may gain aliases and titles).
        var heldIds = accepted.OfType<PersonProposal>().Select(p => p.ExistingId).OfType<int>().ToList();
        var held = await db.People.AsSplitQuery().Include(p => p.Aliases).Include(p => p.Positions)
            .Where(p => heldIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var proposal in accepted.OfType<PersonProposal>())
        {
            var edit = edits[proposal.Key];
            var person = proposal.ExistingId is { } id
                ? held[id]
                : new Person { Name = new(FormText.Clean(edit.Name)), Country = edit.Side ?? proposal.Fact.Side };
            if (person.Id == 0 || await permissions.CanEditAsync(person, ct))
            {
                var known = person.SearchNames().Select(TextFolding.Fold).ToHashSet();
                foreach (var alias in proposal.Fact.Aliases.Append(proposal.Fact.Name).Select(a => FormText.Clean(a)!).Where(a => a.Length > 0 && known.Add(TextFolding.Fold(a))))
                    person.Aliases.Add(new PersonAlias { Name = alias });
                foreach (var title in proposal.Fact.Titles.Where(title => person.Positions.All(p => TextFolding.Fold(p.Title) != TextFolding.Fold(title.Text))))
                {
                    var position = new Position { Title = title.Text, AttestedOn = articleDate };
                    person.Positions.Add(position);
                    positions.Add((position, title.Span));
                }
                await AfterChangeAsync(person, ct);
            }
            if (person.Id == 0) db.People.Add(person);
            people[proposal.Fact.Name] = person;
            made.Add((proposal, () => person.Id));
        }
        foreach (var proposal in accepted.OfType<OrganisationProposal>())
        {
            var organisation = proposal.ExistingId is { } id ? null
                : new Organisation { Name = new(FormText.Clean(edits[proposal.Key].Name)), Country = proposal.Fact.Side ?? "", Kind = OrganisationKind.Other };
            if (organisation is not null)
            {
                await AfterChangeAsync(organisation, ct);
                db.Organisations.Add(organisation);
            }
            made.Add((proposal, () => organisation?.Id ?? proposal.ExistingId!.Value));
        }
        foreach (var proposal in accepted.OfType<AgreementProposal>())
        {
            var edit = edits[proposal.Key];
            var agreement = proposal.ExistingId is not null ? null : new Agreement
            {
                PartnershipId = partnership.Id, Title = new(FormText.Clean(edit.Name)),
                // An agency's memorandum under the city agreement in force, not a second city agreement.
                Kind = proposal.IsAgency ? AgreementKind.MemorandumOfUnderstanding : ImportMapping.AgreementKindOf(edit.Name!), ParentId = proposal.ParentId,
                StartYear = edit.StartYear, EndYear = edit.EndYear, SignedOn = edit.Date,
                Status = ImportMapping.AgreementStatusOf(edit.StartYear, edit.EndYear, today.Year),
            };
            if (agreement is not null)
            {
                await AfterChangeAsync(agreement, ct);
                db.Agreements.Add(agreement);
            }
            made.Add((proposal, () => agreement?.Id ?? proposal.ExistingId!.Value));
        }
        foreach (var proposal in accepted.OfType<ProjectProposal>())
        {
            var edit = edits[proposal.Key];
            var status = edit.Status ?? ImportMapping.StatusOf(proposal.Fact.Status);
            Activity? project = proposal.ExistingId is not null ? null : proposal.ActivityKind switch
            {
                ActivityKind.Programme => new Programme { ProgrammeKind = ImportMapping.ProgrammeKindOf(proposal.Fact.Programme), ParticipantsCount = ImportMapping.FirstNumber(proposal.Fact.Name) },
                ActivityKind.Donation => new Donation { Item = new(FormText.Clean(edit.Name)), Quantity = ImportMapping.FirstNumber(proposal.Fact.Name) },
                _ => new Project { IatiStatus = ImportMapping.IatiStatusOf(status) },
            };
            if (project is not null)
            {
                project.PartnershipId = partnership.Id;
                project.Title = new(FormText.Clean(edit.Name));
                project.Status = status;
                project.OwnerOrganisationId = contributorOrganisationId;
            }
            if (project is not null)
            {
                await AfterChangeAsync(project, ct);
                db.Activities.Add(project);
            }
            made.Add((proposal, () => project?.Id ?? proposal.ExistingId!.Value));
        }

        // Visits first, so a meeting held during one (new or already recorded) is placed inside it.
        var visits = new List<Visit>();
        foreach (var proposal in accepted.OfType<EventProposal>().OrderBy(e => e.IsVisit ? 0 : 1))
        {
            var edit = edits[proposal.Key];
            Activity? activity = null;
            if (proposal.ExistingId is null)
            {
                var date = edit.Date!.Value;
                Activity created = proposal.IsVisit
                    ? new Visit()
                    : new Meeting { MeetingKind = edit.MeetingKind ?? proposal.MeetingKind };
                created.PartnershipId = partnership.Id;
                // The proposed title keeps its three languages; one the reviewer rewrote is theirs, in their language.
                var title = FormText.Clean(edit.Name);
                created.Title = title == proposal.Title ? new(proposal.Titles.Vi, proposal.Titles.En, proposal.Titles.Lo) : InReadersLanguage(title);
                created.StartDate = date;
                created.EndDate = edit.EndDate;
                created.DateInferred = edit.Date == proposal.Fact.Date.Date && proposal.Fact.Date.YearInferred;
                // A visit is held where its delegation went, when the sentence names no venue.
                var placeName = proposal.Fact.Place ?? (proposal.IsVisit ? proposal.Fact.Trip?.To?.English : null);
                created.Place = ImportMapping.PlaceText(placeName, partnership);
                created.Direction = edit.Direction ?? proposal.Direction;
                if (created is Visit trip) trip.HostCity = ImportMapping.PlaceText(placeName, partnership); // its own copy: an owned value belongs to one property
                created.Status = ImportMapping.StatusOn(edit.EndDate ?? date, today);
                created.OwnerOrganisationId = contributorOrganisationId;
                foreach (var name in proposal.Fact.Participants)
                {
                    var person = people.GetValueOrDefault(name);
                    var personId = person?.Id > 0 ? person.Id : proposals.People.FirstOrDefault(p => p.Fact.Name == name)?.ExistingId;
                    if (person is null && personId is null) continue;
                    created.Participants.Add(new ActivityParticipant
                    {
                        Person = person, PersonId = personId ?? 0, Role = ParticipantRole.Participant,
                        Title = proposals.People.FirstOrDefault(p => p.Fact.Name == name)?.Fact.Titles.FirstOrDefault()?.Text,
                    });
                }
                if (created is Meeting meeting) await PlaceInVisitAsync(meeting, visits, ct);
                if (created is Visit visit) visits.Add(visit);
                await AfterChangeAsync(created, ct);
                db.Activities.Add(created);
                activity = created;
            }
            made.Add((proposal, () => activity?.Id ?? proposal.ExistingId!.Value));
        }

        source.State = RecordState.Draft;
        await AfterChangeAsync(source, ct);
        // The source's version guards the whole acceptance: of two people accepting one article at once,
        // the second meets a concurrency conflict and writes nothing, rather than creating everything twice.
        db.Entry(source).Property(s => s.Version).IsModified = true;
        await db.SaveChangesAsync(ct);

        foreach (var (proposal, id) in made)
            foreach (var span in proposal.Spans.Take(proposal is PersonProposal ? 1 : proposal.Spans.Count))
                db.Citations.Add(CitationOf(source, text, proposal.CitedAs, id(), span));
        foreach (var (position, span) in positions)
            db.Citations.Add(CitationOf(source, text, RecordKind.Position, position.Id, span));
        await db.SaveChangesAsync(ct);
        var run = await RecordRunAsync(source, partnership, made.Select(m => (m.Proposal.CitedAs, m.Id(), m.Proposal.IsNew))
            .Concat(positions.Select(p => (RecordKind.Position, p.Position.Id, true))), ct);
        await transaction.CommitAsync(ct);
        return new Outcome([], run);
    }

    /// <summary>The import history's entry: each record with whether this import made it, and its version now (an undo checks nobody changed it since).</summary>
    private async Task<ImportRun> RecordRunAsync(Source source, Partnership partnership, IEnumerable<(RecordKind Kind, int Id, bool Created)> records, CancellationToken ct)
    {
        var who = actor.Get();
        var run = new ImportRun
        {
            SourceId = source.Id, PartnershipId = partnership.Id, AcceptedById = who.UserId, AcceptedByName = who.Name, AcceptedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var (kind, id, created) in records.Distinct())
            run.Records.Add(new ImportedRecord { Kind = kind, RecordId = id, Created = created, VersionAfterImport = await ImportedRecords.VersionAsync(db, kind, id, ct) });
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    private static LocalizedText InReadersLanguage(string? text) => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => new LocalizedText(null, text),
        "lo" => new LocalizedText(null, null, text),
        _ => new LocalizedText(text),
    };

    /// <summary>A meeting inside a visit's dates belongs to that visit: one accepted with it, or one already recorded.</summary>
    private async Task PlaceInVisitAsync(Meeting meeting, List<Visit> accepted, CancellationToken ct)
    {
        var day = meeting.StartDate!.Value;
        var visit = accepted.FirstOrDefault(v => v.StartDate <= day && (v.EndDate ?? v.StartDate) >= day);
        if (visit is not null)
        {
            meeting.Visit = visit;
            return;
        }
        meeting.VisitId = await db.Activities.OfType<Visit>()
            .Where(v => v.PartnershipId == meeting.PartnershipId && v.StartDate <= day && (v.EndDate ?? v.StartDate) >= day)
            .Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>As a form save: approved at once for Editors; for Contributors, submitted for approval.</summary>
    private async Task AfterChangeAsync(Record record, CancellationToken ct)
    {
        await workflow.AfterEditAsync(record, ct);
        if (record.State is RecordState.Draft or RecordState.Returned) await workflow.SubmitAsync(record, ct);
    }

    private static Citation CitationOf(Source source, string text, RecordKind kind, int recordId, TextSpan span) => new()
    {
        SourceId = source.Id, RecordKind = kind, RecordId = recordId,
        Quote = text.Substring(span.Start, span.Length), Start = span.Start, Length = span.Length,
    };

    private Dictionary<string, string> Validate(IEnumerable<Proposal> accepted, IReadOnlyDictionary<string, ProposalEdit> edits, Partnership partnership)
    {
        var errors = new Dictionary<string, string>();
        void Require(bool ok, string key, string field, string message)
        {
            if (!ok) errors.TryAdd($"Edits[{key}].{field}", message);
        }
        foreach (var proposal in accepted.Where(p => p.IsNew))
        {
            var edit = edits[proposal.Key];
            var name = FormText.Clean(edit.Name);
            Require(name is not null, proposal.Key, nameof(ProposalEdit.Name), t["Import.Error.NameRequired"]);
            Require(name is null || name.Length <= 1000, proposal.Key, nameof(ProposalEdit.Name), t["Import.Error.NameTooLong"]);
            switch (proposal)
            {
                case PersonProposal:
                    Require(edit.Side == partnership.CityACountry || edit.Side == partnership.CityBCountry, proposal.Key, nameof(ProposalEdit.Side), t["Import.Error.Side"]);
                    break;
                case EventProposal:
                    Require(edit.Date is not null, proposal.Key, nameof(ProposalEdit.Date), t["Import.Error.DateRequired"]);
                    Require(edit.Date is null || edit.EndDate is null || edit.EndDate >= edit.Date, proposal.Key, nameof(ProposalEdit.EndDate), t["Import.Error.EndBeforeStart"]);
                    break;
                case AgreementProposal:
                    Require(edit.StartYear is null or (>= 1900 and <= 2200), proposal.Key, nameof(ProposalEdit.StartYear), t["Import.Error.Year"]);
                    Require(edit.EndYear is null or (>= 1900 and <= 2200), proposal.Key, nameof(ProposalEdit.EndYear), t["Import.Error.Year"]);
                    Require(edit.StartYear is null || edit.EndYear is null || edit.EndYear >= edit.StartYear, proposal.Key, nameof(ProposalEdit.EndYear), t["Import.Error.EndBeforeStart"]);
                    break;
            }
        }
        return errors;
    }
}
