using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Data.Seeding;

/// <summary>
/// Turns a <see cref="SeedDocument"/> into entities, resolving the file's string ids to objects.
/// Every problem found (a dangling reference, an unknown enum value, a quote missing from its
/// source) is collected and reported together, so one run shows all that needs fixing.
/// </summary>
internal sealed class SeedMapping
{
    private readonly SeedDocument _doc;
    private readonly string _path;
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, Source> _sources = [];
    private readonly Dictionary<string, Organisation> _organisations = [];
    private readonly Dictionary<string, Person> _people = [];
    private readonly Dictionary<string, Agreement> _agreements = [];
    private readonly Dictionary<string, Commitment> _commitments = [];
    private readonly Dictionary<string, Visit> _visits = [];
    private readonly List<(object Record, RecordKind Kind, string Owner, List<SeedCitation> Cites)> _cited = [];
    private readonly List<object> _records = [];
    private Partnership _partnership = null!;

    public SeedMapping(SeedDocument doc, string path)
    {
        _doc = doc;
        _path = path;
        Map();
        if (_problems.Count > 0)
            throw new SeedDataException($"{path} has {_problems.Count} problem(s):\n- " + string.Join("\n- ", _problems));
    }

    public Partnership Partnership => _partnership;

    /// <summary>The partnership, approved like everything else in a reviewed dataset.</summary>
    public Partnership ApprovedPartnership()
    {
        _partnership.State = Features.Workflow.RecordState.Approved;
        return _partnership;
    }

    /// <summary>Adds the records under a partnership that is already saved (their foreign key needs its id).</summary>
    public void AddTo(TwinningDb db, int partnershipId)
    {
        foreach (var scoped in _records.OfType<IPartnershipScoped>()) scoped.PartnershipId = partnershipId;
        // The dataset was reviewed before it was bundled; its activities come from published press
        // articles, so they may also be shown on the public timeline.
        foreach (var record in _records.OfType<Record>()) record.State = Features.Workflow.RecordState.Approved;
        foreach (var activity in _records.OfType<Activity>()) activity.IsPublic = true;
        db.AddRange(_records);
    }

    private void Map()
    {
        var p = _doc.Partnership;
        _partnership = new Partnership
        {
            Key = p.Id, Name = p.Name, CityAName = p.CityA.Name, CityACountry = p.CityA.Country,
            CityBName = p.CityB.Name, CityBCountry = p.CityB.Country, Since = p.Since,
            Status = ParseEnum<PartnershipStatus>(p.Status, p.Id),
        };

        foreach (var s in _doc.Sources) MapSource(s);
        foreach (var o in _doc.Organisations) MapOrganisation(o);
        foreach (var o in _doc.Organisations.Where(o => o.Parent is not null))
            _organisations[o.Id].Parent = Resolve(_organisations, o.Parent, o.Id);
        foreach (var person in _doc.People) MapPerson(person);
        foreach (var a in _doc.Agreements) MapAgreement(a);
        foreach (var a in _doc.Agreements)
        {
            _agreements[a.Id].Predecessor = Resolve(_agreements, a.Predecessor, a.Id);
            _agreements[a.Id].Parent = Resolve(_agreements, a.Parent, a.Id);
        }
        foreach (var v in _doc.Visits) MapVisit(v);
        foreach (var m in _doc.Meetings) Add(MapMeeting(m, null));
        foreach (var pr in _doc.Projects) Add(MapProject(pr));
        foreach (var pg in _doc.Programmes) Add(MapProgramme(pg));
        foreach (var e in _doc.Events) Add(MapEvent(e));
        foreach (var d in _doc.Donations) Add(MapDonation(d));
        foreach (var i in _doc.Invitations) MapInvitation(i);
        foreach (var a in _doc.Anniversaries)
        {
            var anniversary = new Anniversary { Key = a.Id, Name = a.Name, BaseDate = a.BaseDate };
            Track(anniversary, RecordKind.Anniversary, a.Id, a.Cite);
        }
    }

    private void MapSource(SeedSource s)
    {
        var source = new Source
        {
            Key = s.Id, Title = s.Title, Outlet = s.Outlet, Url = s.Url, PublishedOn = s.Published,
            Language = s.Language, Kind = ParseEnum<SourceKind>(s.Kind, s.Id),
        };
        try { source.FullText = SeedFile.ReadSourceText(_path, s); }
        catch (SeedDataException e) { _problems.Add(e.Message); }
        Unique(_sources, s.Id, source);
        _records.Add(source);
    }

    private void MapOrganisation(SeedOrganisation o)
    {
        var organisation = new Organisation
        {
            Key = o.Id, Name = o.Name, Abbreviation = o.Abbreviation, Kind = ParseEnum<OrganisationKind>(o.Kind, o.Id),
            Country = o.Country, City = o.City,
        };
        Unique(_organisations, o.Id, organisation);
        Track(organisation, RecordKind.Organisation, o.Id, o.Cite);
    }

    private void MapPerson(SeedPerson s)
    {
        var person = new Person
        {
            Key = s.Id, Name = s.Name, Country = s.Country,
            Aliases = (s.Aliases ?? []).Select(a => new PersonAlias { Name = a }).ToList(),
        };
        Unique(_people, s.Id, person);
        Track(person, RecordKind.Person, s.Id, s.Cite);
        foreach (var (sp, index) in (s.Positions ?? []).Select((sp, i) => (sp, i)))
        {
            var position = new Position
            {
                Key = $"{s.Id}#{index + 1}", Title = sp.Title, Organisation = Resolve(_organisations, sp.Organisation, s.Id),
                From = sp.From, To = sp.To, AttestedOn = sp.AttestedOn,
            };
            if (sp.From > sp.To) _problems.Add($"{s.Id}: position '{sp.Title}' ends before it starts.");
            person.Positions.Add(position);
            _cited.Add((position, RecordKind.Position, s.Id, sp.Cite));
        }
    }

    private void MapAgreement(SeedAgreement a)
    {
        var agreement = new Agreement
        {
            Key = a.Id, Kind = ParseEnum<AgreementKind>(a.Kind, a.Id), Title = a.Title, SignedOn = a.Signed,
            SignedPlace = a.SignedPlace, StartYear = a.StartYear, EndYear = a.EndYear,
            Status = ParseEnum<AgreementStatus>(a.Status, a.Id),
            Parties = ResolveAll(_organisations, a.Parties, a.Id),
            Signatories = (a.Signatories ?? []).Select(s => new AgreementSignatory { Person = Resolve(_people, s.Person, a.Id), Title = s.Title }).ToList(),
        };
        if (a.StartYear > a.EndYear) _problems.Add($"{a.Id}: period ends before it starts.");
        foreach (var c in a.Commitments ?? [])
        {
            var commitment = new Commitment
            {
                Key = c.Id, Area = ParseEnum<CommitmentArea>(c.Area, c.Id), Text = c.Text,
                Responsible = ResolveAll(_organisations, c.Responsible, c.Id),
            };
            Unique(_commitments, c.Id, commitment);
            agreement.Commitments.Add(commitment);
            _cited.Add((commitment, RecordKind.Commitment, c.Id, c.Cite));
        }
        Unique(_agreements, a.Id, agreement);
        Track(agreement, RecordKind.Agreement, a.Id, a.Cite);
    }

    private void MapVisit(SeedVisit s)
    {
        var visit = Fill(new Visit
        {
            Leader = Resolve(_people, s.Leader, s.Id), HostCity = s.HostCity,
            InvitedBy = Resolve(_people, s.InvitedBy, s.Id), Purpose = s.Purpose,
        }, s);
        Unique(_visits, s.Id, visit);
        Add(visit);
        foreach (var m in s.Meetings ?? [])
        {
            var meeting = MapMeeting(m, visit);
            visit.Meetings.Add(meeting);
            if (meeting.StartDate is { } day && (day < visit.StartDate || day > (visit.EndDate ?? visit.StartDate)))
                _problems.Add($"{m.Id}: its date {day} lies outside visit {s.Id}.");
            Add(meeting);
        }
        SpanMeetingsIfUndated(visit);
    }

    /// <summary>
    /// A visit the source dates only through its meetings ("chiều nay, trong khuôn khổ chuyến thăm…")
    /// is taken to span them, marked inferred, so it still counts in its year and sorts in place.
    /// </summary>
    private static void SpanMeetingsIfUndated(Visit visit)
    {
        var days = visit.Meetings.Select(m => m.StartDate).OfType<DateOnly>().ToList();
        if (visit.StartDate is not null || days.Count == 0) return;
        visit.StartDate = days.Min();
        visit.EndDate = days.Max() == days.Min() ? null : days.Max();
        visit.DateInferred = true;
    }

    private Meeting MapMeeting(SeedMeeting s, Visit? visit) => Fill(new Meeting
    {
        MeetingKind = ParseEnum<MeetingKind>(s.MeetingKind, s.Id), Visit = visit,
        AgreementsSigned = ResolveAll(_agreements, s.AgreementsSigned, s.Id),
    }, s);

    private Project MapProject(SeedProject s)
    {
        var project = Fill(new Project
        {
            Funder = Resolve(_organisations, s.Funder, s.Id), Recipient = Resolve(_organisations, s.Recipient, s.Id),
            Sector = s.Sector, BudgetAmount = s.Budget?.Amount, BudgetCurrency = s.Budget?.Currency,
            IatiStatus = Enum.IsDefined((IatiActivityStatus)s.IatiStatus) ? (IatiActivityStatus)s.IatiStatus : Problem<IatiActivityStatus>($"{s.Id}: IATI status {s.IatiStatus} is not 1–6."),
            PlannedStart = s.PlannedStart, PlannedEnd = s.PlannedEnd, ActualStart = s.ActualStart, ActualEnd = s.ActualEnd,
        }, s);
        if (s.Budget is { } b && !Features.Projects.Currencies.IsIso4217(b.Currency))
            _problems.Add($"{s.Id}: '{b.Currency}' is not an ISO 4217 currency code.");
        foreach (var (m, index) in (s.Milestones ?? []).Select((m, i) => (m, i)))
        {
            var milestone = new Milestone { Key = $"{s.Id}#{index + 1}", Kind = ParseEnum<MilestoneKind>(m.Kind, s.Id), Date = m.Date, Label = m.Label };
            project.Milestones.Add(milestone);
            _cited.Add((milestone, RecordKind.Milestone, s.Id, m.Cite));
        }
        return project;
    }

    private Programme MapProgramme(SeedProgramme s)
    {
        var programme = Fill(new Programme
        {
            ProgrammeKind = ParseEnum<ProgrammeKind>(s.ProgrammeKind, s.Id), AnnualQuotaMin = s.AnnualQuotaMin,
            AnnualQuotaMax = s.AnnualQuotaMax, ParticipantsCount = s.ParticipantsCount,
            Provider = Resolve(_organisations, s.Provider, s.Id), Beneficiary = Resolve(_organisations, s.Beneficiary, s.Id),
        }, s);
        foreach (var i in s.Intakes ?? [])
        {
            var intake = new Intake { Key = $"{s.Id}#{i.Year}", Year = i.Year, Count = i.Count };
            programme.Intakes.Add(intake);
            _cited.Add((intake, RecordKind.Intake, s.Id, i.Cite));
        }
        return programme;
    }

    private PromotionEvent MapEvent(SeedEvent s) => Fill(new PromotionEvent
    {
        EventKind = ParseEnum<EventKind>(s.EventKind, s.Id), Organisers = ResolveAll(_organisations, s.Organisers, s.Id),
    }, s);

    private Donation MapDonation(SeedDonation s) => Fill(new Donation
    {
        Item = s.Item, Quantity = s.Quantity, Donor = Resolve(_organisations, s.Donor, s.Id),
        Recipient = Resolve(_organisations, s.Recipient, s.Id),
    }, s);

    private void MapInvitation(SeedInvitation s)
    {
        var invitation = new Invitation
        {
            Key = s.Id, Inviter = Resolve(_people, s.Inviter, s.Id), Invitee = Resolve(_people, s.Invitee, s.Id),
            Date = s.Date, DateInferred = s.DateInferred, Description = s.Description, Accepted = s.Accepted,
            FulfilledBy = Resolve(_visits, s.FulfilledBy, s.Id),
        };
        Track(invitation, RecordKind.Invitation, s.Id, s.Cite);
    }

    /// <summary>Copies the fields every activity kind shares.</summary>
    private T Fill<T>(T activity, SeedActivity s) where T : Activity
    {
        activity.Key = s.Id;
        activity.Title = s.Title;
        activity.Summary = s.Summary;
        activity.StartDate = s.Start;
        activity.EndDate = s.End;
        activity.DateInferred = s.DateInferred;
        activity.Place = s.Place;
        activity.Status = ParseEnum<ActivityStatus>(s.Status, s.Id);
        activity.Direction = ParseEnum<Direction>(s.Direction, s.Id);
        activity.Commitments = ResolveAll(_commitments, s.Commitments, s.Id);
        activity.Participants = (s.Participants ?? []).Select(p => new ActivityParticipant
        {
            Person = Resolve(_people, p.Person, s.Id), Role = ParseEnum<ParticipantRole>(p.Role, s.Id), Title = p.Title,
        }).ToList();
        if (s.Start > s.End) _problems.Add($"{s.Id}: ends before it starts.");
        _cited.Add((activity, RecordKind.Activity, s.Id, s.Cite));
        return activity;
    }

    private void Add(Activity activity) => _records.Add(activity);

    private void Track(object record, RecordKind kind, string id, List<SeedCitation> cites)
    {
        _records.Add(record);
        _cited.Add((record, kind, id, cites));
    }

    public IEnumerable<Citation> ResolveCitations()
    {
        var citations = new List<Citation>();
        foreach (var (record, kind, owner, cites) in _cited)
        {
            if (cites.Count == 0) _problems.Add($"{owner}: a {kind} without a citation.");
            foreach (var cite in cites)
            {
                if (!_sources.TryGetValue(cite.Source, out var source)) { _problems.Add($"{owner}: unknown source '{cite.Source}'."); continue; }
                var quote = cite.Quote.Normalize(System.Text.NormalizationForm.FormC);
                var start = QuoteLocator.Find(source.FullText, quote, cite.Occurrence ?? 1);
                if (start < 0) { _problems.Add($"{owner}: quote not found in {cite.Source}: «{quote}»"); continue; }
                citations.Add(new Citation { Source = source, RecordKind = kind, RecordId = IdOf(record), Quote = quote, Start = start, Length = quote.Length });
            }
        }
        if (_problems.Count > 0)
            throw new SeedDataException($"{_path} has {_problems.Count} citation problem(s):\n- " + string.Join("\n- ", _problems));
        return citations;
    }

    private static int IdOf(object record) => record switch
    {
        Entity e => e.Id,
        _ => throw new InvalidOperationException($"Cannot cite a {record.GetType().Name}."),
    };

    private void Unique<T>(Dictionary<string, T> map, string id, T value)
    {
        if (!map.TryAdd(id, value)) _problems.Add($"Duplicate id '{id}'.");
    }

    private T? Resolve<T>(Dictionary<string, T> map, string? id, string owner) where T : class
    {
        if (id is null) return null;
        if (map.TryGetValue(id, out var value)) return value;
        _problems.Add($"{owner}: unknown reference '{id}'.");
        return null;
    }

    private List<T> ResolveAll<T>(Dictionary<string, T> map, List<string>? ids, string owner) where T : class =>
        (ids ?? []).Select(id => Resolve(map, id, owner)).OfType<T>().ToList();

    private TEnum ParseEnum<TEnum>(string value, string owner) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : Problem<TEnum>($"{owner}: '{value}' is not a {typeof(TEnum).Name} ({string.Join(", ", Enum.GetNames<TEnum>())}).");

    private T Problem<T>(string message) where T : struct
    {
        _problems.Add(message);
        return default;
    }
}
