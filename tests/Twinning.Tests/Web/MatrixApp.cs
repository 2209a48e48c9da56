using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Events;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>Everyone the authorization matrix tries every endpoint as.</summary>
public enum Visitor
{
    Anonymous,
    ViewerOfA,
    ContributorOfA,
    EditorOfAVietnam,
    EditorOfALaos,
    EditorOfBOnly,
    Administrator,
    /// <summary>Was an Administrator when they signed in; the role was taken away since.</summary>
    RevokedAdministrator,
    /// <summary>Was a Viewer of A when they signed in; the account was disabled since.</summary>
    DisabledUser,
}

/// <summary>
/// The app with the dataset (partnership A, Vietnam–Laos) and a second partnership B, one signed-in client
/// per <see cref="Visitor"/>, and fresh records to act on, made per case so that one case's allowed delete or
/// approval never changes what the next case finds.
/// </summary>
public abstract class MatrixApp(PostgresServer postgres, Engine engine) : IAsyncLifetime
{
    private readonly Dictionary<Visitor, HttpClient> _clients = [];
    private readonly Dictionary<Visitor, string> _emails = [];
    public TwinningAppFactory App { get; private set; } = null!;
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public int AgreementOfA { get; private set; }
    public int ActivityOfA { get; private set; }
    public int Person { get; private set; }
    public int Organisation { get; private set; }
    public int ContributorOrganisation { get; private set; }
    public int Source { get; private set; }
    public string SomeUserId { get; private set; } = "";
    private int _serial;

    public HttpClient Client(Visitor visitor) => _clients[visitor];

    public async ValueTask InitializeAsync()
    {
        // Every visitor signs in from the test host's one address: the per-address limit is not what is tested here.
        App = await TwinningAppFactory.CreateAsync(engine, postgres, settings: new Dictionary<string, string> { ["Security:SignInAttemptsPerMinute"] = "1000" });
        _clients[Visitor.Anonymous] = App.CreateClient(new() { AllowAutoRedirect = false });
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            PartnershipA = await db.Partnerships.Select(p => p.Id).SingleAsync();
            var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
            db.Partnerships.Add(b);
            await db.SaveChangesAsync();
            PartnershipB = b.Id;
            AgreementOfA = await db.Agreements.Where(a => a.PartnershipId == PartnershipA).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            ActivityOfA = await db.Activities.Where(a => a.PartnershipId == PartnershipA && a.State == RecordState.Approved).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            Person = await db.People.Where(p => p.State == RecordState.Approved).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            Organisation = await db.Organisations.Where(o => o.State == RecordState.Approved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            ContributorOrganisation = await db.Organisations.Where(o => o.Country == "VN").OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            Source = await db.Sources.Where(s => s.State == RecordState.Approved).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        }
        await AddAsync(Visitor.ViewerOfA, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
        await AddAsync(Visitor.ContributorOfA, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Contributor, OrganisationId = ContributorOrganisation });
        await AddAsync(Visitor.EditorOfAVietnam, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Editor, Side = "VN" });
        await AddAsync(Visitor.EditorOfALaos, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Editor, Side = "LA" });
        await AddAsync(Visitor.EditorOfBOnly, false, new Membership { PartnershipId = PartnershipB, Role = PartnershipRole.Editor, Side = "VN" });
        await AddAsync(Visitor.Administrator, true);
        await AddAsync(Visitor.RevokedAdministrator, true);
        await AddAsync(Visitor.DisabledUser, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
            (await changes.SetAdministratorAsync((await users.FindByEmailAsync(_emails[Visitor.RevokedAdministrator]))!, false)).ShouldBeTrue();
            (await changes.SetDisabledAsync((await users.FindByEmailAsync(_emails[Visitor.DisabledUser]))!, true)).ShouldBeTrue();
            SomeUserId = (await users.FindByEmailAsync(_emails[Visitor.ViewerOfA]))!.Id;
        }
    }

    private async Task AddAsync(Visitor visitor, bool administrator, params Membership[] memberships)
    {
        var email = _emails[visitor] = $"{visitor.ToString().ToLowerInvariant()}@matrix.test";
        await TestUsers.CreateAsync(App, email, administrator, memberships);
        _clients[visitor] = await TestUsers.SignedInClientAsync(App, email);
    }

    /// <summary>Signs the visitor in again (after a case that signed them out). The revoked and disabled stay as they are.</summary>
    public async Task RenewAsync(Visitor visitor)
    {
        if (visitor is Visitor.Anonymous or Visitor.RevokedAdministrator or Visitor.DisabledUser) return;
        _clients[visitor].Dispose();
        _clients[visitor] = await TestUsers.SignedInClientAsync(App, _emails[visitor]);
    }

    /// <summary>Saves records through the app's own context (audited like any save) and returns what <paramref name="make"/> returns.</summary>
    public Task<T> WithDbAsync<T>(Func<TwinningDb, Task<T>> action) => App.WithAppDbAsync(action);

    /// <summary>A fresh promotion event of A in the given state, owned by the Contributor's organisation when asked.</summary>
    public Task<Activity> NewActivityAsync(RecordState state, bool ownedByContributor = false, string? side = null, bool deleted = false) =>
        WithDbAsync(async db =>
        {
            var activity = new PromotionEvent
            {
                PartnershipId = PartnershipA, Title = new($"Hội nghị xúc tiến {Interlocked.Increment(ref _serial)}"), State = state,
                StartDate = new DateOnly(2024, 5, 1), OwnerOrganisationId = ownedByContributor ? ContributorOrganisation : null, SubmittedBySide = side,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            if (deleted)
            {
                db.Activities.Remove(activity);
                await db.SaveChangesAsync();
            }
            return (Activity)activity;
        });

    public Task<Partnership> NewPartnershipAsync(bool deleted = false) =>
        WithDbAsync(async db =>
        {
            var partnership = new Partnership
            {
                Name = new($"Hải Phòng – Luang Prabang {Interlocked.Increment(ref _serial)}"), CityAName = new("Hải Phòng"), CityACountry = "VN",
                CityBName = new("Luang Prabang"), CityBCountry = "LA", State = RecordState.Approved,
            };
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            if (deleted)
            {
                db.Partnerships.Remove(partnership);
                await db.SaveChangesAsync();
            }
            return partnership;
        });

    public const string SourceText = "Hà Nội và Viêng Chăn ký kết biên bản hợp tác.";

    /// <summary>A fresh source: shared and approved, or a draft imported into A; with a citation of a fresh activity of A when asked.</summary>
    public Task<(Source Source, int? CitationId)> NewSourceAsync(bool importedDraft = false, bool cited = false) =>
        WithDbAsync(async db =>
        {
            var source = new Source
            {
                Title = $"Bài báo {Interlocked.Increment(ref _serial)}", FullText = SourceText + " " + _serial, Kind = SourceKind.Article,
                State = importedDraft ? RecordState.Draft : RecordState.Approved, PartnershipId = importedDraft ? PartnershipA : null,
            };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            if (!cited) return (source, (int?)null);
            var citation = new Citation { SourceId = source.Id, RecordKind = RecordKind.Activity, RecordId = ActivityOfA, Quote = "ký kết", Start = SourceText.IndexOf("ký kết"), Length = 6 };
            db.Citations.Add(citation);
            await db.SaveChangesAsync();
            return (source, (int?)citation.Id);
        });

    /// <summary>A fresh accepted import into A, by nobody here (so only A's Editors and Administrators see it).</summary>
    public async Task<int> NewImportRunAsync()
    {
        var (source, _) = await NewSourceAsync(importedDraft: true);
        return await WithDbAsync(async db =>
        {
            var run = new Twinning.Features.Import.ImportRun { SourceId = source.Id, PartnershipId = PartnershipA, AcceptedByName = "someone", AcceptedAt = new DateTime(2026, 1, 5, 3, 0, 0, DateTimeKind.Utc) };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });
    }

    /// <summary>A fresh account to act on (the Administrators' user pages), so no visitor's own rights change.</summary>
    public async Task<string> NewUserAsync()
    {
        var email = $"target{Interlocked.Increment(ref _serial)}@matrix.test";
        await TestUsers.CreateAsync(App, email);
        return await App.WithAppDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMatrixApp(PostgresServer postgres) : MatrixApp(postgres, Engine.Sqlite);

public sealed class PostgresMatrixApp(PostgresServer postgres) : MatrixApp(postgres, Engine.Postgres);
