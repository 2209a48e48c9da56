using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Api;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Api;

/// <summary>
/// An app of its own for the API tests: partnerships A and B, a person, an organisation, an approved
/// visit and an agreement of A, and one account of each kind. Tokens are made per test.
/// </summary>
public abstract class ApiWorld(PostgresServer postgres, Engine engine) : IAsyncLifetime
{
    public TwinningAppFactory App { get; private set; } = null!;
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public int VisitOfA { get; private set; }
    public int VisitOfB { get; private set; }
    public int AgreementOfA { get; private set; }
    public int CommitmentOfA { get; private set; }
    public int PersonId { get; private set; }
    public int OrganisationOfA { get; private set; }

    public const string EditorA = "editor-a@api.test", ContributorA = "contributor-a@api.test", ViewerA = "viewer-a@api.test",
        EditorB = "editor-b@api.test", Admin = "admin@api.test";

    public async ValueTask InitializeAsync()
    {
        App = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = App.CreateClient();
        await App.WithAppDbAsync(async db =>
        {
            PartnershipA = await TestRecords.SavePartnershipAsync(db);
            var b = new Twinning.Features.Partnerships.Partnership
            {
                Key = "partnership-b", Name = new("Nghệ An – Xiêng Khoảng"), CityAName = new("Nghệ An"), CityACountry = CountryCode.Vietnam,
                CityBName = new("Xiêng Khoảng"), CityBCountry = CountryCode.Laos, State = RecordState.Approved,
            };
            db.Partnerships.Add(b);
            var organisation = TestRecords.Organisation("api-org", new("Sở Ngoại vụ Hà Nội"), CountryCode.Vietnam);
            organisation.State = RecordState.Approved;
            var person = TestRecords.Person("api-person", new("Trần Sỹ Thanh", "Tran Sy Thanh"), CountryCode.Vietnam);
            person.State = RecordState.Approved;
            db.AddRange(organisation, person);
            var commitment = new Commitment { Area = CommitmentArea.Culture, Text = new("Giao lưu văn hóa") };
            var agreement = new Agreement
            {
                PartnershipId = PartnershipA, Title = new("Thỏa thuận 2026–2030"), StartYear = 2026, EndYear = 2030,
                Status = AgreementStatus.InForce, State = RecordState.Approved, Commitments = [commitment],
            };
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            PartnershipB = b.Id;
            var visitA = new Visit { PartnershipId = PartnershipA, Title = new("Đoàn Hà Nội thăm Viêng Chăn"), StartDate = new DateOnly(2026, 3, 10), State = RecordState.Approved };
            var visitB = new Visit { PartnershipId = PartnershipB, Title = new("Đoàn Nghệ An thăm Xiêng Khoảng"), StartDate = new DateOnly(2026, 4, 2), State = RecordState.Approved };
            db.Visits.AddRange(visitA, visitB);
            await db.SaveChangesAsync();
            (VisitOfA, VisitOfB, AgreementOfA, CommitmentOfA, PersonId, OrganisationOfA) =
                (visitA.Id, visitB.Id, agreement.Id, commitment.Id, person.Id, organisation.Id);
            return 0;
        });
        Membership Of(int partnership, PartnershipRole role, string? side = null, int? organisation = null) =>
            new() { PartnershipId = partnership, Role = role, Side = side, OrganisationId = organisation };
        await TestUsers.CreateAsync(App, EditorA, false, Of(PartnershipA, PartnershipRole.Editor, CountryCode.Vietnam));
        await TestUsers.CreateAsync(App, ContributorA, false, Of(PartnershipA, PartnershipRole.Contributor, organisation: OrganisationOfA));
        await TestUsers.CreateAsync(App, ViewerA, false, Of(PartnershipA, PartnershipRole.Viewer));
        await TestUsers.CreateAsync(App, EditorB, false, Of(PartnershipB, PartnershipRole.Editor, CountryCode.Vietnam));
        await TestUsers.CreateAsync(App, Admin, administrator: true);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>A token of the user's, made through the service the tokens page uses.</summary>
    public async Task<string> TokenAsync(string email, AccessScope scope, int? partnership = null, int days = 30)
    {
        await using var scope_ = App.Services.CreateAsyncScope();
        var users = scope_.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TwinningUser>>();
        var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
        return await scope_.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(user.Id, "test", scope, partnership, days, TestContext.Current.CancellationToken);
    }

    /// <summary>A client with no cookies that sends the token as a bearer.</summary>
    public HttpClient Api(string? token)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public sealed class OnSqlite(PostgresServer postgres) : ApiWorld(postgres, Engine.Sqlite);
    public sealed class OnPostgres(PostgresServer postgres) : ApiWorld(postgres, Engine.Postgres);
}
