using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Data.Generation;

/// <summary>
/// Fills a database with a country's worth of realistic, reproducible records for measuring: partnerships of
/// Vietnamese provinces with Lao ones, their committees and departments, people with names in both scripts and
/// the spellings newspapers use, agreements with commitments, visits with meetings and participants, projects,
/// programmes, events, donations, sources citing them, and some of everything still in the workflow. The same
/// seed gives the same data. Everything is saved through the app's own context, so the audit history exists too.
/// </summary>
public sealed class ScaleGenerator(TwinningDb db, int seed)
{
    private readonly Random _random = new(seed);
    private static readonly DateOnly First = new(2010, 1, 1);
    private const int Days = 6170; // to late 2026

    public sealed record Progress(int Partnerships, int Activities);

    /// <param name="largest">
    /// Activities of the first partnership, the rest being shared evenly among the others (0: all shared evenly).
    /// The benchmarks need one partnership as large as the biggest real one (a report over 10,000 activities)
    /// among many ordinary ones.
    /// </param>
    public async Task GenerateAsync(int partnerships, int activities, IProgress<Progress>? progress = null, CancellationToken ct = default, int largest = 0)
    {
        var made = 0;
        var first = largest > 0 && partnerships > 1 ? Math.Min(largest, activities - (partnerships - 1)) : 0;
        var others = activities - first;
        var sharing = first > 0 ? partnerships - 1 : partnerships;
        for (var i = 0; i < partnerships; i++)
        {
            var j = first > 0 ? i - 1 : i;
            var share = first > 0 && i == 0 ? first : others / sharing + (j < others % sharing ? 1 : 0);
            made += await PartnershipAsync(i, share, ct);
            db.ChangeTracker.Clear();
            progress?.Report(new Progress(i + 1, made));
        }
    }

    private async Task<int> PartnershipAsync(int index, int activityCount, CancellationToken ct)
    {
        var vn = Gazetteer.VietnameseProvinces[index % Gazetteer.VietnameseProvinces.Length];
        var la = Gazetteer.LaoProvinces[(index + index / Gazetteer.VietnameseProvinces.Length) % Gazetteer.LaoProvinces.Length];
        var partnership = new Partnership
        {
            Name = new($"{vn} – {la.Vi}", $"{vn} – {la.En}"), CityAName = new(vn), CityACountry = CountryCode.Vietnam,
            CityBName = new(la.Vi, la.En, la.Lo), CityBCountry = CountryCode.Laos, Since = Day(), State = RecordState.Approved,
        };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(ct);

        var vnOrgs = Organisations(vn, vn, null, CountryCode.Vietnam);
        var laOrgs = Organisations(la.Vi, la.En, la.Lo, CountryCode.Laos);
        var vnPeople = Enumerable.Range(0, 4).Select(_ => VietnamesePerson(vnOrgs)).ToList();
        var laPeople = Enumerable.Range(0, 4).Select(_ => LaoPerson(laOrgs)).ToList();
        var agreements = Agreements(partnership.Id, vnOrgs, laOrgs, vnPeople[0], laPeople[0]);
        await db.SaveChangesAsync(ct);

        var commitments = agreements.SelectMany(a => a.Commitments).ToList();
        var people = vnPeople.Concat(laPeople).ToList();
        var all = new List<Activity>();
        while (all.Count < activityCount)
        {
            var kind = _random.Next(100);
            if (kind < 20 && activityCount - all.Count >= 3)
            {
                var visit = Visit(partnership, vnPeople, laPeople, vn, la.Vi);
                all.Add(visit);
                all.AddRange(visit.Meetings);
                continue;
            }
            all.Add(kind switch
            {
                < 45 => Meeting(partnership, people),
                < 60 => Project(partnership, vnOrgs[0], laOrgs[0]),
                < 72 => Programme(partnership, vnOrgs[0], laOrgs[0]),
                < 88 => Event(partnership, vnOrgs, laOrgs),
                _ => Donation(partnership, vnOrgs[0], laOrgs[0]),
            });
        }
        foreach (var activity in all)
        {
            activity.PartnershipId = partnership.Id;
            if (activity.Participants.Count == 0) Participants(activity, people);
            if (_random.Next(100) < 60) activity.Commitments.Add(Pick(commitments));
            activity.State = _random.Next(100) switch { < 6 => RecordState.Draft, < 10 => RecordState.Submitted, _ => RecordState.Approved };
            activity.IsPublic = activity.State == RecordState.Approved && _random.Next(100) < 30;
        }
        db.Activities.AddRange(all);
        await db.SaveChangesAsync(ct);

        // One article for every ten activities, citing the activity by a sentence of its own.
        foreach (var activity in all.Where((_, i) => i % 10 == 0))
        {
            var sentence = $"Ngày {activity.StartDate:dd/MM/yyyy}, {activity.Title.Vi} đã diễn ra tại {activity.Place?.Vi ?? vn}.";
            var text = $"{partnership.Name.Vi}: hợp tác tiếp tục được tăng cường.\n{sentence}\nHai bên nhất trí đẩy mạnh trao đổi đoàn các cấp.";
            var source = new Source
            {
                Title = activity.Title.Vi!, Outlet = Pick(["TTXVN", "Nhân Dân", "Hà Nội Mới", "Vientiane Times", "Pasaxon"]), PublishedOn = activity.StartDate,
                Kind = SourceKind.Article, FullText = text, State = RecordState.Approved,
            };
            source.Citations.Add(new Citation { RecordKind = RecordKind.Activity, RecordId = activity.Id, Quote = sentence, Start = text.IndexOf(sentence), Length = sentence.Length });
            db.Sources.Add(source);
        }
        await db.SaveChangesAsync(ct);
        return all.Count;
    }

    private List<Organisation> Organisations(string vi, string en, string? lo, string country)
    {
        var laos = country == CountryCode.Laos;
        List<Organisation> made =
        [
            new() { Name = new(laos ? $"Chính quyền {vi}" : $"UBND {vi}", laos ? $"{en} Administration" : $"{en} People's Committee", laos ? $"ອົງການປົກຄອງ{lo}" : null), Kind = OrganisationKind.PeoplesCommittee },
            new() { Name = new(laos ? $"Đảng ủy {vi}" : $"Tỉnh ủy {vi}", laos ? $"{en} Party Committee" : $"{en} Provincial Party Committee", laos ? $"ຄະນະພັກ{lo}" : null), Kind = OrganisationKind.PartyCommittee },
            new() { Name = new($"Sở Ngoại vụ {vi}", $"{en} Department of Foreign Affairs", laos ? $"ພະແນກການຕ່າງປະເທດ{lo}" : null), Kind = OrganisationKind.Department },
            new() { Name = new($"Sở Giáo dục và Đào tạo {vi}", $"{en} Department of Education and Training", laos ? $"ພະແນກສຶກສາທິການ ແລະ ກິລາ{lo}" : null), Kind = OrganisationKind.Department },
        ];
        foreach (var organisation in made)
        {
            organisation.Country = country;
            organisation.City = en;
            organisation.State = RecordState.Approved;
        }
        made[2].Parent = made[3].Parent = made[0];
        db.Organisations.AddRange(made);
        return made;
    }

    private Person VietnamesePerson(List<Organisation> organisations)
    {
        var name = $"{Pick(Gazetteer.VietnameseFamilyNames)} {Pick(Gazetteer.VietnameseMiddleNames)} {Pick(Gazetteer.VietnameseGivenNames)}";
        var person = new Person { Name = new(name), Country = CountryCode.Vietnam, State = RecordState.Approved };
        person.Positions.Add(Position(organisations));
        db.People.Add(person);
        return person;
    }

    /// <summary>A Lao name as Lao newspapers romanise it, as Vietnamese ones spell it (hyphenated syllables), and in Lao script.</summary>
    private Person LaoPerson(List<Organisation> organisations)
    {
        var given = Enumerable.Range(0, 2).Select(_ => Pick(Gazetteer.LaoSyllables)).ToList();
        var family = Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Pick(Gazetteer.LaoSyllables)).ToList();
        string Join(IEnumerable<string> parts, string separator) => string.Join(separator, parts);
        var english = $"{Join(given.Select(s => s.En), "")} {Join(family.Select(s => s.En), "")}";
        english = string.Join(' ', english.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        var vietnamese = $"{Join(given.Select(s => s.Vi), "-")} {Join(family.Select(s => s.Vi), "-")}";
        var lao = $"{Join(given.Select(s => s.Lo), "")} {Join(family.Select(s => s.Lo), "")}";
        var person = new Person { Name = new(english, english, lao), Country = CountryCode.Laos, State = RecordState.Approved };
        person.Aliases.Add(new PersonAlias { Name = vietnamese });
        person.Aliases.Add(new PersonAlias { Name = lao });
        person.Positions.Add(Position(organisations));
        db.People.Add(person);
        return person;
    }

    private Position Position(List<Organisation> organisations)
    {
        var organisation = Pick(organisations);
        var head = organisation.Kind switch
        {
            OrganisationKind.PartyCommittee => Pick(["Bí thư", "Phó Bí thư"]),
            OrganisationKind.PeoplesCommittee => Pick(["Chủ tịch", "Phó Chủ tịch"]),
            _ => Pick(["Giám đốc", "Phó Giám đốc"]),
        };
        var from = Day();
        return new Position { Title = $"{head} {organisation.Name.Vi}", Organisation = organisation, From = from, To = _random.Next(3) == 0 ? from.AddDays(1800) : null };
    }

    private List<Agreement> Agreements(int partnershipId, List<Organisation> vn, List<Organisation> la, Person vnSigner, Person laSigner)
    {
        var agreements = new List<Agreement>();
        foreach (var (start, end) in new[] { (2017, 2020), (2021, 2025), (2026, 2030) })
        {
            var agreement = new Agreement
            {
                PartnershipId = partnershipId, Kind = start == 2017 ? AgreementKind.MemorandumOfUnderstanding : AgreementKind.CooperationAgreement,
                Title = new($"Thỏa thuận hợp tác giai đoạn {start}–{end}", $"Cooperation agreement {start}–{end}"), SignedOn = new DateOnly(start, 3, 1 + _random.Next(27)),
                StartYear = start, EndYear = end, Status = end < 2026 ? AgreementStatus.Expired : AgreementStatus.InForce, State = RecordState.Approved,
                Predecessor = agreements.LastOrDefault(),
            };
            agreement.Parties.AddRange([vn[0], la[0]]);
            agreement.Signatories.Add(new AgreementSignatory { Person = vnSigner });
            agreement.Signatories.Add(new AgreementSignatory { Person = laSigner });
            foreach (var area in Enum.GetValues<CommitmentArea>().OrderBy(_ => _random.Next()).Take(6))
                agreement.Commitments.Add(new Commitment { Area = area, Text = new($"Tăng cường hợp tác trong lĩnh vực {area}") });
            agreements.Add(agreement);
        }
        var agency = new Agreement
        {
            PartnershipId = partnershipId, Kind = AgreementKind.MemorandumOfUnderstanding, Title = new("Biên bản ghi nhớ hợp tác giữa hai Sở Ngoại vụ"),
            SignedOn = new DateOnly(2022, 5, 10), StartYear = 2022, EndYear = 2025, Status = AgreementStatus.Expired, State = RecordState.Approved, Parent = agreements[1],
        };
        agency.Parties.AddRange([vn[2], la[2]]);
        agreements.Add(agency);
        db.Agreements.AddRange(agreements);
        return agreements;
    }

    private Visit Visit(Partnership partnership, List<Person> vn, List<Person> la, string vnPlace, string laPlace)
    {
        var outward = _random.Next(2) == 0;
        var (leader, host, place) = outward ? (Pick(vn), Pick(la), laPlace) : (Pick(la), Pick(vn), vnPlace);
        var start = Day();
        var visit = new Visit
        {
            Title = new($"Đoàn đại biểu {(outward ? partnership.CityAName.Vi : partnership.CityBName.Vi)} thăm và làm việc tại {place}"),
            StartDate = start, EndDate = start.AddDays(_random.Next(1, 5)), Place = new(place), Direction = outward ? Direction.AToB : Direction.BToA,
            Status = ActivityStatus.Completed, Leader = leader,
        };
        visit.Participants.Add(new ActivityParticipant { Person = leader, Role = ParticipantRole.Leader });
        foreach (var kind in new[] { MeetingKind.Talks, MeetingKind.CourtesyCall })
        {
            var meeting = new Meeting
            {
                Title = new(kind == MeetingKind.Talks ? $"Hội đàm giữa {partnership.CityAName.Vi} và {partnership.CityBName.Vi}" : $"Chào xã giao {host.Name.Vi}"),
                MeetingKind = kind, StartDate = start, Place = new(place), Direction = visit.Direction, Status = ActivityStatus.Completed,
            };
            meeting.Participants.Add(new ActivityParticipant { Person = leader, Role = ParticipantRole.Guest });
            meeting.Participants.Add(new ActivityParticipant { Person = host, Role = ParticipantRole.Host });
            visit.Meetings.Add(meeting);
        }
        return visit;
    }

    private Meeting Meeting(Partnership partnership, List<Person> people) => new()
    {
        Title = new($"Làm việc về hợp tác {Pick(["giáo dục", "y tế", "du lịch", "nông nghiệp", "chuyển đổi số"])} giữa {partnership.CityAName.Vi} và {partnership.CityBName.Vi}"),
        MeetingKind = Pick([MeetingKind.WorkingSession, MeetingKind.Reception, MeetingKind.Conference]), StartDate = Day(), Status = ActivityStatus.Completed,
        Direction = Pick([Direction.AToB, Direction.BToA, Direction.Joint]),
    };

    private Project Project(Partnership partnership, Organisation funder, Organisation recipient)
    {
        var start = Day();
        return new Project
        {
            Title = new($"Dự án {Pick(["xây dựng trường học", "trụ sở làm việc", "hỗ trợ phát triển nông nghiệp", "trung tâm thương mại và du lịch"])} tại {partnership.CityBName.Vi}"),
            Funder = funder, Recipient = recipient, BudgetAmount = _random.Next(1, 300) * 10_000m, BudgetCurrency = "USD", StartDate = start, PlannedStart = start,
            PlannedEnd = start.AddDays(365 * _random.Next(1, 4)), Status = Pick([ActivityStatus.Planned, ActivityStatus.InProgress, ActivityStatus.Completed]),
            IatiStatus = IatiActivityStatus.Implementation, Direction = Direction.AToB,
        };
    }

    private Programme Programme(Partnership partnership, Organisation provider, Organisation beneficiary)
    {
        var programme = new Programme
        {
            Title = new($"Chương trình {Pick(["học bổng", "đào tạo cán bộ", "bồi dưỡng nghệ nhân"])} cho {partnership.CityBName.Vi}"),
            ProgrammeKind = Pick([ProgrammeKind.Scholarship, ProgrammeKind.CadreTraining, ProgrammeKind.ArtisanTraining]),
            AnnualQuotaMin = 10, AnnualQuotaMax = 20, Provider = provider, Beneficiary = beneficiary, StartDate = Day(), Status = ActivityStatus.InProgress, Direction = Direction.AToB,
        };
        programme.Intakes.Add(new Intake { Year = programme.StartDate!.Value.Year, Count = _random.Next(10, 21) });
        return programme;
    }

    private PromotionEvent Event(Partnership partnership, List<Organisation> vn, List<Organisation> la)
    {
        var promotion = new PromotionEvent
        {
            Title = new($"Hội nghị xúc tiến {Pick(["thương mại", "du lịch", "đầu tư"])} {partnership.CityAName.Vi} – {partnership.CityBName.Vi}"),
            EventKind = Pick([EventKind.PromotionConference, EventKind.Fair, EventKind.Forum, EventKind.Festival]), StartDate = Day(), Status = ActivityStatus.Completed, Direction = Direction.Joint,
        };
        promotion.Organisers.AddRange([vn[0], la[0]]);
        return promotion;
    }

    private Donation Donation(Partnership partnership, Organisation donor, Organisation recipient) => new()
    {
        Title = new($"Trao tặng {Pick(["máy tính", "trang thiết bị y tế", "sách giáo khoa"])} cho {partnership.CityBName.Vi}"),
        Item = new(Pick(["máy tính", "trang thiết bị y tế", "sách giáo khoa"])), Quantity = _random.Next(5, 200), Donor = donor, Recipient = recipient,
        StartDate = Day(), Status = ActivityStatus.Completed, Direction = Direction.AToB,
    };

    private void Participants(Activity activity, List<Person> people)
    {
        foreach (var person in people.OrderBy(_ => _random.Next()).Take(2))
            activity.Participants.Add(new ActivityParticipant { Person = person, Role = ParticipantRole.Participant });
    }

    private DateOnly Day() => First.AddDays(_random.Next(Days));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
