using Microsoft.EntityFrameworkCore;
using Twinning.Features.Activities;
using Twinning.Features.People;
using Twinning.Features.Search;
using Twinning.Features.Visits;

namespace Twinning.Tests.SeedData;

/// <summary>
/// Everything the gold annotations of the five seed articles list is in the bundled dataset,
/// with the same dates, places, participants and sides.
/// </summary>
public sealed class DatasetMatchesGoldTests(LoadedDataset dataset) : IClassFixture<LoadedDataset>
{
    private static readonly Dictionary<string, Func<Activity, bool>> KindMatches = new()
    {
        ["visit"] = a => a is Visit,
        ["talks"] = a => a is Meeting { MeetingKind: MeetingKind.Talks },
        ["meeting"] = a => a is Meeting { MeetingKind: MeetingKind.CourtesyCall or MeetingKind.Reception or MeetingKind.WorkingSession },
        ["signing"] = a => a is Meeting { MeetingKind: MeetingKind.Signing },
        ["conference"] = a => a is Meeting { MeetingKind: MeetingKind.Conference } or Twinning.Features.Events.PromotionEvent,
        ["ceremony"] = a => a is Meeting { MeetingKind: MeetingKind.Ceremony },
    };

    [Theory]
    [MemberData(nameof(GoldAnnotations.People), MemberType = typeof(GoldAnnotations))]
    public async Task Every_gold_person_is_in_the_dataset_with_side_and_titles(string article, string name)
    {
        var gold = GoldAnnotations.Get(article).People.Single(p => p.Name == name);
        var person = await FindPersonAsync(gold.Name, gold.Aliases);
        person.Country.ShouldBe(gold.Side);
        var titles = person.Positions.Select(p => TextFolding.Fold(p.Title)).ToList();
        foreach (var title in gold.Titles)
            titles.ShouldContain(t => t.Contains(TextFolding.Fold(title)) || TextFolding.Fold(title).Contains(t),
                $"{name} should hold the title '{title}'");
    }

    [Theory]
    [MemberData(nameof(GoldAnnotations.Events), MemberType = typeof(GoldAnnotations))]
    public async Task Every_gold_event_is_an_activity_on_the_same_day_and_place_with_its_participants(string article, int index)
    {
        var gold = GoldAnnotations.Get(article).Events[index];
        var date = DateOnly.Parse(gold.Date);
        await using var db = dataset.NewContext();
        var candidates = await db.Activities.AsNoTracking()
            .Include(a => a.Participants).ThenInclude(p => p.Person).ThenInclude(p => p!.Aliases)
            .Where(a => a.StartDate == date).ToListAsync(TestContext.Current.CancellationToken);
        var matching = candidates.Where(KindMatches[gold.Kind]).ToList();
        matching.ShouldNotBeEmpty($"no {gold.Kind} on {gold.Date} (article {article})");

        var activity = matching.FirstOrDefault(a => gold.Participants.All(name => a.Participants.Any(p => Names(p.Person!).Contains(TextFolding.Fold(name)))));
        activity.ShouldNotBeNull($"no {gold.Kind} on {gold.Date} with {string.Join(", ", gold.Participants)}");
        if (gold.EndDate is not null) activity.EndDate.ShouldBe(DateOnly.Parse(gold.EndDate));
        if (gold.Place is not null) activity.Place?.En.ShouldBe(gold.Place);
        if (gold.Place is not null) activity.Place.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(GoldAnnotations.Agreements), MemberType = typeof(GoldAnnotations))]
    public async Task Every_gold_agreement_is_in_the_dataset_with_its_period_and_signing_date(string article, int index)
    {
        var gold = GoldAnnotations.Get(article).Agreements[index];
        await using var db = dataset.NewContext();
        var ct = TestContext.Current.CancellationToken;
        if (gold.StartYear is not null)
        {
            var agreement = await db.Agreements.AsNoTracking().SingleAsync(a => a.ParentId == null && a.StartYear == gold.StartYear && a.EndYear == gold.EndYear, ct);
            if (gold.Signed is not null) agreement.SignedOn.ShouldBe(DateOnly.Parse(gold.Signed));
        }
        else
        {
            var signed = DateOnly.Parse(gold.Signed!);
            (await db.Agreements.AsNoTracking().CountAsync(a => a.SignedOn == signed, ct)).ShouldBeGreaterThan(0);
        }
    }

    [Theory]
    [MemberData(nameof(GoldAnnotations.Projects), MemberType = typeof(GoldAnnotations))]
    public async Task Every_gold_project_is_a_funded_work_in_the_dataset_with_its_status(string article, int index)
    {
        var gold = GoldAnnotations.Get(article).Projects[index];
        await using var db = dataset.NewContext();
        var works = await db.Activities.AsNoTracking()
            .Where(a => a.Kind == ActivityKind.Project || a.Kind == ActivityKind.Programme || a.Kind == ActivityKind.Donation)
            .ToListAsync(TestContext.Current.CancellationToken);
        var work = works.FirstOrDefault(w => Similar(w.Title.Vi, gold.Name));
        work.ShouldNotBeNull($"no project like '{gold.Name}'");
        var expected = gold.Status switch
        {
            "completed" => ActivityStatus.Completed,
            "in_progress" => ActivityStatus.InProgress,
            "proposed" => ActivityStatus.Proposed,
            _ => work.Status,
        };
        work.Status.ShouldBe(expected);
    }

    /// <summary>The scorer's rule for projects: folded word overlap (Jaccard) of at least one half.</summary>
    private static bool Similar(string? a, string b)
    {
        var x = TextFolding.Fold(a).Split(' ').ToHashSet();
        var y = TextFolding.Fold(b).Split(' ').ToHashSet();
        return x.Intersect(y).Count() >= 0.5 * x.Union(y).Count();
    }

    private static HashSet<string> Names(Person p) => p.SearchNames().Select(TextFolding.Fold).ToHashSet();

    private async Task<Person> FindPersonAsync(string name, IEnumerable<string> aliases)
    {
        await using var db = dataset.NewContext();
        var people = await db.People.AsNoTracking().Include(p => p.Aliases).Include(p => p.Positions).ToListAsync(TestContext.Current.CancellationToken);
        var wanted = aliases.Append(name).Select(TextFolding.Fold).ToHashSet();
        var person = people.SingleOrDefault(p => Names(p).Overlaps(wanted));
        person.ShouldNotBeNull($"no person named {name}");
        return person;
    }
}
