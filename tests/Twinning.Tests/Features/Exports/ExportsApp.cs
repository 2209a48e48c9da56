using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Exports;

/// <summary>
/// The dataset app plus what the export tests look for: an Approved visit whose text is hard to export
/// (commas, quotes, a line break, Lao script, a formula-like title), a draft visit in the same partnership,
/// a second partnership B with a visit of its own, and a Viewer of A, an Editor of A and an Editor of B.
/// </summary>
public sealed class ExportsApp(PostgresServer postgres) : IAsyncLifetime
{
    public const string TrickyTitle = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
    public const string TrickySummary = "Hà Nội, Viêng Chăn và \"Lào\"\nnhiều dòng";
    public const string TrickyLao = "ນະຄອນຫຼວງວຽງຈັນ";
    public const string DraftTitle = "Bản nháp: đoàn Sở Du lịch";
    public const string OtherPartnershipTitle = "Đoàn Hà Nội thăm Bangkok";

    public TwinningAppFactory Factory { get; private set; } = null!;
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public int TrickyVisitId { get; private set; }
    public HttpClient ViewerOfA { get; private set; } = null!;
    public HttpClient EditorOfA { get; private set; } = null!;
    public HttpClient EditorOfB { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = Factory.CreateClient();
        (PartnershipA, PartnershipB, TrickyVisitId) = await Factory.WithAppDbAsync(SeedAsync);
        await TestUsers.CreateAsync(Factory, "viewer-a@exports.test", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
        await TestUsers.CreateAsync(Factory, "editor-a@exports.test", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(Factory, "editor-b@exports.test", false, new Membership { PartnershipId = PartnershipB, Role = PartnershipRole.Editor, Side = "VN" });
        ViewerOfA = await TestUsers.SignedInClientAsync(Factory, "viewer-a@exports.test");
        EditorOfA = await TestUsers.SignedInClientAsync(Factory, "editor-a@exports.test");
        EditorOfB = await TestUsers.SignedInClientAsync(Factory, "editor-b@exports.test");
    }

    public static async Task<(int A, int B, int Tricky)> SeedAsync(TwinningDb db)
    {
        var a = await db.Partnerships.Select(p => p.Id).SingleAsync();
        var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
        db.Partnerships.Add(b);
        await db.SaveChangesAsync();
        var tricky = new Visit
        {
            PartnershipId = a, State = RecordState.Approved, Title = new(TrickyTitle, "Visit, \"quoted\"", TrickyLao),
            Summary = new(TrickySummary), StartDate = new DateOnly(2025, 5, 6), EndDate = new DateOnly(2025, 5, 9), Direction = Direction.AToB,
        };
        db.Visits.Add(tricky);
        db.Visits.Add(new Visit { PartnershipId = a, State = RecordState.Draft, Title = new(DraftTitle), StartDate = new DateOnly(2025, 6, 1) });
        db.Visits.Add(new Visit { PartnershipId = b.Id, State = RecordState.Approved, Title = new(OtherPartnershipTitle), StartDate = new DateOnly(2025, 7, 1) });
        // A project known only by its plans, with no organisations: the IATI export must still be valid.
        db.Projects.Add(new Project
        {
            PartnershipId = a, State = RecordState.Approved, Key = "proj-test-planned-school", Title = new("Trường học dự kiến", "Planned school", "ໂຮງຮຽນ"),
            IatiStatus = IatiActivityStatus.Pipeline, PlannedStart = new DateOnly(2026, 1, 1), PlannedEnd = new DateOnly(2027, 12, 31),
            BudgetAmount = 1_500_000_000m, BudgetCurrency = "VND", Sector = "Giáo dục, đào tạo",
        });
        db.Projects.Add(new Project { PartnershipId = b.Id, State = RecordState.Approved, Title = new("Dự án của Bangkok"), StartDate = new DateOnly(2025, 1, 1), IatiStatus = IatiActivityStatus.Implementation });
        await db.SaveChangesAsync();
        return (a, b.Id, tricky.Id);
    }

    private readonly Dictionary<string, HttpClient> _readers = [];
    private readonly SemaphoreSlim _readersLock = new(1, 1);

    /// <summary>A Viewer of A who chose <paramref name="language"/> with the language switch, as a person would.</summary>
    public async Task<HttpClient> ReaderInAsync(string language)
    {
        await _readersLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_readers.TryGetValue(language, out var known)) return known;
            var email = $"reader-{language}@exports.test";
            await TestUsers.CreateAsync(Factory, email, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
            var client = await TestUsers.SignedInClientAsync(Factory, email);
            var home = await client.GetStringAsync($"/partnerships/{PartnershipA}/exports", TestContext.Current.CancellationToken);
            using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(home),
            }), TestContext.Current.CancellationToken);
            switched.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
            return _readers[language] = client;
        }
        finally
        {
            _readersLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers.Values) reader.Dispose();
        ViewerOfA.Dispose();
        EditorOfA.Dispose();
        EditorOfB.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}");
        return bytes;
    }
}
