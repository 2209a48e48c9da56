using Twinning.Features.Workflow;

namespace Twinning.Tests.Web;

/// <summary>Who an endpoint is for; <see cref="AuthorizationCases.Expected"/> turns it into each visitor's outcome.</summary>
public enum Rule
{
    /// <summary>Open to everyone, signed in or not.</summary>
    Anyone,
    /// <summary>Any signed-in user.</summary>
    SignedIn,
    /// <summary>Records shared by all partnerships: anyone with a membership somewhere, and Administrators.</summary>
    AnyMember,
    /// <summary>Records of partnership A: its members and Administrators.</summary>
    MemberOfA,
    /// <summary>Changing an approved shared record (a person, a source): Editors of any partnership, and Administrators.</summary>
    SharedEditor,
    /// <summary>Changing a record of A: A's Editors (either side) and Administrators.</summary>
    EditorOfA,
    /// <summary>Approving or returning what A's Vietnamese side submitted: A's Vietnamese Editor and Administrators.</summary>
    VietnameseEditorOfA,
    /// <summary>Adding activities to A (forms, imports): A's Contributors and Editors, and Administrators.</summary>
    ContributorOfA,
    /// <summary>Administrators only.</summary>
    Administrator,
    /// <summary>A draft of A made by nobody here: A's Editors and Administrators; other members of A get 404 (it does not exist for them).</summary>
    DraftOfA,
    /// <summary>An article imported into A, not yet accepted: as <see cref="DraftOfA"/>, but only those who may import reach the check.</summary>
    ImportOfA,
    /// <summary>A page that answers 404 to everyone signed in (a handler that only posts, a link without its token).</summary>
    NotFoundWhenSignedIn,
    /// <summary>An address that is not found whoever asks (an unknown calendar token, a setup link without its token).</summary>
    NotFoundForAll,
    /// <summary>The denial page: it is the 403 itself.</summary>
    DenialPage,
    /// <summary>The REST API: bearer tokens only, so every visitor here (cookies or none) gets 401; tokens are ApiTests' business.</summary>
    ApiToken,
}

public enum Outcome { Allowed, SignIn, Denied, NotFound, Unauthorized }

/// <summary>What one visitor must get from one rule.</summary>
public static class AuthorizationCases
{
    private static readonly Visitor[] SignedOut = [Visitor.Anonymous, Visitor.RevokedAdministrator, Visitor.DisabledUser];
    private static readonly Visitor[] MembersOfA = [Visitor.ViewerOfA, Visitor.ContributorOfA, Visitor.EditorOfAVietnam, Visitor.EditorOfALaos, Visitor.Administrator];
    private static readonly Visitor[] EditorsOfA = [Visitor.EditorOfAVietnam, Visitor.EditorOfALaos, Visitor.Administrator];

    public static Outcome Expected(Rule rule, Visitor visitor)
    {
        if (rule == Rule.Anyone) return Outcome.Allowed;
        if (rule == Rule.NotFoundForAll) return Outcome.NotFound;
        if (rule == Rule.ApiToken) return Outcome.Unauthorized;
        // A revoked Administrator's and a disabled user's cookies die on their next request: they are anonymous.
        if (SignedOut.Contains(visitor)) return Outcome.SignIn;
        return rule switch
        {
            Rule.SignedIn or Rule.AnyMember => Outcome.Allowed,
            Rule.MemberOfA => Allow(MembersOfA.Contains(visitor)),
            Rule.SharedEditor => Allow(visitor is Visitor.EditorOfAVietnam or Visitor.EditorOfALaos or Visitor.EditorOfBOnly or Visitor.Administrator),
            Rule.EditorOfA => Allow(EditorsOfA.Contains(visitor)),
            Rule.VietnameseEditorOfA => Allow(visitor is Visitor.EditorOfAVietnam or Visitor.Administrator),
            Rule.ContributorOfA => Allow(visitor is Visitor.ContributorOfA || EditorsOfA.Contains(visitor)),
            Rule.Administrator => Allow(visitor == Visitor.Administrator),
            Rule.DraftOfA => EditorsOfA.Contains(visitor) ? Outcome.Allowed : MembersOfA.Contains(visitor) ? Outcome.NotFound : Outcome.Denied,
            Rule.ImportOfA => EditorsOfA.Contains(visitor) ? Outcome.Allowed : visitor == Visitor.ContributorOfA ? Outcome.NotFound : Outcome.Denied,
            Rule.NotFoundWhenSignedIn => Outcome.NotFound,
            Rule.DenialPage => Outcome.Denied,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    private static Outcome Allow(bool allowed) => allowed ? Outcome.Allowed : Outcome.Denied;

    /// <summary>A request to make: the address, the form fields (null for a GET), and whether it ends the visitor's session.</summary>
    public sealed record Request(string Url, Dictionary<string, string>? Form = null, bool EndsSession = false, string Method = "POST");

    public sealed record Case(string Endpoint, Rule Rule, Func<MatrixApp, Visitor, Task<Request>> Build, string? Variant = null)
    {
        public string Name => Variant is null ? Endpoint : $"{Endpoint} [{Variant}]";
    }

    private static Case Get(string endpoint, Rule rule, Func<MatrixApp, string> url, string? variant = null) =>
        new("GET " + endpoint, rule, (app, _) => Task.FromResult(new Request(url(app))), variant);

    private static Case Post(string endpoint, Rule rule, Func<MatrixApp, Visitor, Task<Request>> build, string? variant = null) =>
        new("POST " + endpoint, rule, build, variant);

    private static Func<MatrixApp, Visitor, Task<Request>> Form(Func<MatrixApp, string> url, Dictionary<string, string>? form = null) =>
        (app, _) => Task.FromResult(new Request(url(app), form ?? []));

    private static Dictionary<string, string> Version(int version, string? comment = null) =>
        comment is null ? new() { ["Version"] = version.ToString() } : new() { ["Version"] = version.ToString(), ["Comment"] = comment };

    /// <summary>Every endpoint of the app, GET and each POST handler, with who it is for and an address to try it with.</summary>
    public static readonly IReadOnlyList<Case> All =
    [
        Get("/", Rule.SignedIn, _ => "/"),
        Get("/account/signin", Rule.Anyone, _ => "/account/signin"),
        Post("/account/signin", Rule.Anyone, Form(_ => "/account/signin")),
        Get("/account/signout", Rule.SignedIn, _ => "/account/signout"),
        Post("/account/signout", Rule.SignedIn, (_, _) => Task.FromResult(new Request("/account/signout", [], EndsSession: true))),
        Get("/account/denied", Rule.DenialPage, _ => "/account/denied"),
        Get("/setup", Rule.NotFoundForAll, _ => "/setup"),
        Post("/setup", Rule.NotFoundForAll, Form(_ => "/setup")),
        Get("/public/{partnershipId:int}", Rule.Anyone, a => $"/public/{a.PartnershipA}"),
        Get("/public", Rule.Anyone, _ => "/public"),
        Get("/error/{code:int?}", Rule.Anyone, _ => "/error/400"),
        Post("/error/{code:int?}", Rule.Anyone, Form(_ => "/error/400")),
        Post("/culture", Rule.Anyone, Form(_ => "/culture", new() { ["language"] = "vi", ["returnUrl"] = "/" })),
        Get("/lookup/{kind}", Rule.AnyMember, _ => "/lookup/people"),
        Get("/health/live", Rule.Anyone, _ => "/health/live"),
        Get("/health/ready", Rule.Anyone, _ => "/health/ready"),
        Get("/partnerships/{partnershipId:int}", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}"),
        Get("/partnerships/{partnershipId:int}/timeline", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/timeline"),
        Get("/partnerships/{partnershipId:int}/activities", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/activities"),
        Get("/partnerships/{partnershipId:int}/agreements", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/agreements"),
        Get("/partnerships/{partnershipId:int}/reports", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/reports"),
        Get("/partnerships/{partnershipId:int}/reports/print", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/reports/print?From=2024-01-01&To=2024-12-31"),
        Get("/partnerships/{partnershipId:int}/reports/print?handler=Docx", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/reports/print?handler=docx&From=2024-01-01&To=2024-12-31"),
        Get("/partnerships/{partnershipId:int}/briefing", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/briefing?People={a.Person}"),
        Get("/partnerships/{partnershipId:int}/briefing?handler=Docx", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/briefing?handler=docx&People={a.Person}"),
        Get("/partnerships/{partnershipId:int}/exports", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/exports"),
        Get("/partnerships/{partnershipId:int}/exports/workbook.xlsx", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/exports/workbook.xlsx"),
        Get("/partnerships/{partnershipId:int}/exports/{kind}.csv", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/exports/visits.csv"),
        Get("/partnerships/{partnershipId:int}/exports/iati-activities.xml", Rule.MemberOfA, a => $"/partnerships/{a.PartnershipA}/exports/iati-activities.xml"),
        Get("/partnerships/{partnershipId:int}/bin", Rule.EditorOfA, a => $"/partnerships/{a.PartnershipA}/bin"),
        Get("/agreements/{id:int}", Rule.MemberOfA, a => $"/agreements/{a.AgreementOfA}"),
        Get("/activities/{id:int}", Rule.MemberOfA, a => $"/activities/{a.ActivityOfA}"),
        new("GET /activities/{id:int}", Rule.DraftOfA, async (a, _) => new Request($"/activities/{(await a.NewActivityAsync(RecordState.Draft)).Id}"), "a draft"),
        Get("/people", Rule.AnyMember, _ => "/people"),
        Get("/people/{id:int}", Rule.AnyMember, a => $"/people/{a.Person}"),
        Get("/organisations", Rule.AnyMember, _ => "/organisations"),
        Get("/organisations/{id:int}", Rule.AnyMember, a => $"/organisations/{a.Organisation}"),
        Get("/sources", Rule.AnyMember, _ => "/sources"),
        Get("/sources/{id:int}", Rule.AnyMember, a => $"/sources/{a.Source}"),
        new("GET /sources/{id:int}", Rule.DraftOfA, async (a, _) => new Request($"/sources/{(await a.NewSourceAsync(importedDraft: true)).Source.Id}"), "an import waiting in A"),
        Get("/search", Rule.AnyMember, _ => "/search?q=ha+noi"),
        Get("/history/{type}/{id:int}", Rule.AnyMember, a => $"/history/person/{a.Person}"),
        new("GET /history/{type}/{id:int}", Rule.DraftOfA, async (a, _) => new Request($"/history/activity/{(await a.NewActivityAsync(RecordState.Draft)).Id}"), "a draft"),
        Get("/admin/audit", Rule.Administrator, _ => "/admin/audit"),
        Get("/admin/users", Rule.Administrator, _ => "/admin/users"),
        Post("/admin/users", Rule.Administrator, Form(_ => "/admin/users")),
        Get("/admin/users/{id}", Rule.Administrator, a => $"/admin/users/{a.SomeUserId}"),
        Post("/admin/users/{id}", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}", [])),
        Post("/admin/users/{id}?handler=AddMembership", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}?handler=AddMembership", [])),
        Post("/admin/users/{id}?handler=RemoveMembership", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}?handler=RemoveMembership", new() { ["membershipId"] = "1" })),
        Post("/admin/users/{id}?handler=Administrator", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}?handler=Administrator", new() { ["administrator"] = "true" })),
        Post("/admin/users/{id}?handler=Disabled", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}?handler=Disabled", new() { ["disabled"] = "true" })),
        Post("/admin/users/{id}?handler=Unlock", Rule.Administrator, async (a, _) => new Request($"/admin/users/{await a.NewUserAsync()}?handler=Unlock", [])),
        Get("/calendar", Rule.SignedIn, _ => "/calendar"),
        Post("/calendar?handler=Issue", Rule.SignedIn, Form(_ => "/calendar?handler=Issue")),
        Post("/calendar?handler=Revoke", Rule.SignedIn, Form(_ => "/calendar?handler=Revoke")),
        Get("/calendar/{token}.ics", Rule.NotFoundForAll, _ => "/calendar/not-a-token.ics"),

        // Shared records.
        Get("/people/edit/{id:int?}", Rule.SharedEditor, a => $"/people/edit/{a.Person}"),
        Post("/people/edit/{id:int?}", Rule.SharedEditor, Form(a => $"/people/edit/{a.Person}")),
        Get("/organisations/edit/{id:int?}", Rule.SharedEditor, a => $"/organisations/edit/{a.Organisation}"),
        Post("/organisations/edit/{id:int?}", Rule.SharedEditor, Form(a => $"/organisations/edit/{a.Organisation}")),
        Get("/sources/edit/{id:int?}", Rule.SharedEditor, a => $"/sources/edit/{a.Source}"),
        Post("/sources/edit/{id:int?}", Rule.SharedEditor, Form(a => $"/sources/edit/{a.Source}")),
        Get("/sources/{id:int}/cite", Rule.SharedEditor, a => $"/sources/{a.Source}/cite"),
        // Citing or unciting a fact of A changes A's record: A's Editors, whoever may edit the shared source.
        Post("/sources/{id:int}/cite", Rule.EditorOfA, async (a, _) =>
            new Request($"/sources/{(await a.NewSourceAsync()).Source.Id}/cite", new() { ["Record"] = $"Activity:{a.ActivityOfA}", ["Quote"] = "ký kết", ["Occurrence"] = "1" })),
        Post("/sources/{id:int}/cite?handler=Remove", Rule.EditorOfA, async (a, _) =>
        {
            var (source, citation) = await a.NewSourceAsync(cited: true);
            return new Request($"/sources/{source.Id}/cite?handler=Remove", new() { ["citationId"] = citation!.Value.ToString() });
        }),

        // Records of partnership A.
        Get("/partnerships/edit/{id:int?}", Rule.EditorOfA, a => $"/partnerships/edit/{a.PartnershipA}"),
        Post("/partnerships/edit/{id:int?}", Rule.EditorOfA, Form(a => $"/partnerships/edit/{a.PartnershipA}")),
        Get("/partnerships/edit/{id:int?}", Rule.Administrator, _ => "/partnerships/edit", "a new partnership"),
        Post("/partnerships/edit/{id:int?}", Rule.Administrator, Form(_ => "/partnerships/edit"), "a new partnership"),
        Get("/agreements/edit/{id:int?}", Rule.EditorOfA, a => $"/agreements/edit/{a.AgreementOfA}"),
        Post("/agreements/edit/{id:int?}", Rule.EditorOfA, Form(a => $"/agreements/edit/{a.AgreementOfA}")),
        Get("/invitations/edit/{id:int?}", Rule.EditorOfA, a => $"/invitations/edit?partnership={a.PartnershipA}"),
        Post("/invitations/edit/{id:int?}", Rule.EditorOfA, Form(a => $"/invitations/edit?partnership={a.PartnershipA}")),
        Get("/anniversaries/edit/{id:int?}", Rule.EditorOfA, a => $"/anniversaries/edit?partnership={a.PartnershipA}"),
        Post("/anniversaries/edit/{id:int?}", Rule.EditorOfA, Form(a => $"/anniversaries/edit?partnership={a.PartnershipA}")),
        Get("/visits/edit/{id:int?}", Rule.ContributorOfA, a => $"/visits/edit?partnership={a.PartnershipA}"),
        Post("/visits/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/visits/edit?partnership={a.PartnershipA}")),
        Get("/projects/edit/{id:int?}", Rule.ContributorOfA, a => $"/projects/edit?partnership={a.PartnershipA}"),
        Post("/projects/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/projects/edit?partnership={a.PartnershipA}")),
        Get("/programmes/edit/{id:int?}", Rule.ContributorOfA, a => $"/programmes/edit?partnership={a.PartnershipA}"),
        Post("/programmes/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/programmes/edit?partnership={a.PartnershipA}")),
        Get("/events/edit/{id:int?}", Rule.ContributorOfA, a => $"/events/edit?partnership={a.PartnershipA}"),
        Post("/events/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/events/edit?partnership={a.PartnershipA}")),
        Get("/meetings/edit/{id:int?}", Rule.ContributorOfA, a => $"/meetings/edit?partnership={a.PartnershipA}"),
        Post("/meetings/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/meetings/edit?partnership={a.PartnershipA}")),
        Get("/donations/edit/{id:int?}", Rule.ContributorOfA, a => $"/donations/edit?partnership={a.PartnershipA}"),
        Post("/donations/edit/{id:int?}", Rule.ContributorOfA, Form(a => $"/donations/edit?partnership={a.PartnershipA}")),
        // An existing approved activity of someone else's organisation: not the Contributor's.
        Get("/events/edit/{id:int?}", Rule.EditorOfA, a => $"/events/edit/{a.ActivityOfA}", "an approved activity"),

        // Importing articles into A.
        Get("/partnerships/{partnershipId:int}/import", Rule.ContributorOfA, a => $"/partnerships/{a.PartnershipA}/import"),
        Post("/partnerships/{partnershipId:int}/import", Rule.ContributorOfA, Form(a => $"/partnerships/{a.PartnershipA}/import")),
        Post("/partnerships/{partnershipId:int}/import?handler=File", Rule.ContributorOfA, Form(a => $"/partnerships/{a.PartnershipA}/import?handler=File")),
        new("GET /partnerships/{partnershipId:int}/import/{sourceId:int}", Rule.ImportOfA, async (a, _) =>
            new Request($"/partnerships/{a.PartnershipA}/import/{(await a.NewSourceAsync(importedDraft: true)).Source.Id}")),
        Post("/partnerships/{partnershipId:int}/import/{sourceId:int}?handler=Accept", Rule.ImportOfA, async (a, _) =>
            new Request($"/partnerships/{a.PartnershipA}/import/{(await a.NewSourceAsync(importedDraft: true)).Source.Id}?handler=Accept", [])),
        Post("/partnerships/{partnershipId:int}/import/{sourceId:int}?handler=Reject", Rule.ImportOfA, async (a, _) =>
            new Request($"/partnerships/{a.PartnershipA}/import/{(await a.NewSourceAsync(importedDraft: true)).Source.Id}?handler=Reject", [])),

        Get("/partnerships/{partnershipId:int}/imports", Rule.ContributorOfA, a => $"/partnerships/{a.PartnershipA}/imports"),
        // The spreadsheet import: an empty upload and an unsealed acceptance are refused with a message (400), past the rule.
        Get("/partnerships/{partnershipId:int}/spreadsheets", Rule.ContributorOfA, a => $"/partnerships/{a.PartnershipA}/spreadsheets"),
        Get("/partnerships/{partnershipId:int}/spreadsheets?handler=Template", Rule.ContributorOfA, a => $"/partnerships/{a.PartnershipA}/spreadsheets?handler=Template"),
        Post("/partnerships/{partnershipId:int}/spreadsheets", Rule.ContributorOfA, Form(a => $"/partnerships/{a.PartnershipA}/spreadsheets")),
        Post("/partnerships/{partnershipId:int}/spreadsheets?handler=Accept", Rule.ContributorOfA, Form(a => $"/partnerships/{a.PartnershipA}/spreadsheets?handler=Accept", new() { ["Sealed"] = "not-a-seal" })),
        new("GET /partnerships/{partnershipId:int}/imports/{runId:int}", Rule.ImportOfA, async (a, _) =>
            new Request($"/partnerships/{a.PartnershipA}/imports/{await a.NewImportRunAsync()}")),
        Post("/partnerships/{partnershipId:int}/imports/{runId:int}?handler=Undo", Rule.ImportOfA, async (a, _) =>
            new Request($"/partnerships/{a.PartnershipA}/imports/{await a.NewImportRunAsync()}?handler=Undo", [])),

        // The workflow buttons, each on a fresh record so an allowed move never changes another case's record.
        Get("/workflow/{type}/{id:int}", Rule.NotFoundWhenSignedIn, a => $"/workflow/activity/{a.ActivityOfA}"),
        Post("/workflow/{type}/{id:int}?handler=Submit", Rule.ContributorOfA, async (a, _) =>
        {
            var draft = await a.NewActivityAsync(RecordState.Draft, ownedByContributor: true);
            return new Request($"/workflow/activity/{draft.Id}?handler=Submit", Version(draft.Version));
        }),
        Post("/workflow/{type}/{id:int}?handler=Approve", Rule.VietnameseEditorOfA, async (a, _) =>
        {
            var submitted = await a.NewActivityAsync(RecordState.Submitted, ownedByContributor: true, side: "VN");
            return new Request($"/workflow/activity/{submitted.Id}?handler=Approve", Version(submitted.Version));
        }),
        Post("/workflow/{type}/{id:int}?handler=Return", Rule.VietnameseEditorOfA, async (a, _) =>
        {
            var submitted = await a.NewActivityAsync(RecordState.Submitted, ownedByContributor: true, side: "VN");
            return new Request($"/workflow/activity/{submitted.Id}?handler=Return", Version(submitted.Version, "Thiếu ngày."));
        }),
        Post("/workflow/{type}/{id:int}?handler=Delete", Rule.EditorOfA, async (a, _) =>
        {
            var approved = await a.NewActivityAsync(RecordState.Approved);
            return new Request($"/workflow/activity/{approved.Id}?handler=Delete", Version(approved.Version));
        }),
        Post("/workflow/{type}/{id:int}?handler=Restore", Rule.EditorOfA, async (a, _) =>
        {
            var deleted = await a.NewActivityAsync(RecordState.Approved, deleted: true);
            return new Request($"/workflow/activity/{deleted.Id}?handler=Restore", Version(deleted.Version));
        }),
        // A whole partnership: its own Editors may not delete it; the Administrator deletes a fresh one.
        Post("/workflow/{type}/{id:int}?handler=Delete", Rule.Administrator, async (a, visitor) =>
        {
            var target = visitor == Visitor.Administrator ? await a.NewPartnershipAsync() : await a.WithDbAsync(db => Task.FromResult(db.Partnerships.Single(p => p.Id == a.PartnershipA)));
            return new Request($"/workflow/partnership/{target.Id}?handler=Delete", Version(target.Version));
        }, "a partnership"),
        Post("/workflow/{type}/{id:int}?handler=Restore", Rule.Administrator, async (a, _) =>
        {
            var deleted = await a.NewPartnershipAsync(deleted: true);
            return new Request($"/workflow/partnership/{deleted.Id}?handler=Restore", Version(deleted.Version));
        }, "a partnership"),

        // The REST API and its description. A cookie opens nothing there, whoever's it is.
        Get("/api/v1/openapi.json", Rule.Anyone, _ => "/api/v1/openapi.json"),
        Get("/api/docs/{documentName?}", Rule.Anyone, _ => "/api/docs/"),
        Get("/api/docs/scalar.js", Rule.Anyone, _ => "/api/docs/scalar.js"),
        Get("/api/docs/scalar.aspnetcore.js", Rule.Anyone, _ => "/api/docs/scalar.aspnetcore.js"),
        Get("/api/docs/favicon.svg", Rule.Anyone, _ => "/api/docs/favicon.svg"),
        Get("/api/v1/partnerships", Rule.ApiToken, _ => "/api/v1/partnerships"),
        Get("/api/v1/partnerships/{id:int}", Rule.ApiToken, a => $"/api/v1/partnerships/{a.PartnershipA}"),
        Get("/api/v1/partnerships/{id:int}/agreements", Rule.ApiToken, a => $"/api/v1/partnerships/{a.PartnershipA}/agreements"),
        Get("/api/v1/agreements/{id:int}", Rule.ApiToken, a => $"/api/v1/agreements/{a.AgreementOfA}"),
        Get("/api/v1/search", Rule.ApiToken, _ => "/api/v1/search?q=ha+noi"),
        Get("/api/v1/partnerships/{id:int}/activities", Rule.ApiToken, a => $"/api/v1/partnerships/{a.PartnershipA}/activities"),
        Get("/api/v1/activities/{id:int}", Rule.ApiToken, a => $"/api/v1/activities/{a.ActivityOfA}"),
        Post("/api/v1/partnerships/{id:int}/activities", Rule.ApiToken, Form(a => $"/api/v1/partnerships/{a.PartnershipA}/activities", new() { ["Kind"] = "Visit", ["TitleVi"] = "Đoàn qua cookie" })),
        new("PUT /api/v1/activities/{id:int}", Rule.ApiToken, (a, _) => Task.FromResult(new Request($"/api/v1/activities/{a.ActivityOfA}", new() { ["TitleVi"] = "Sửa qua cookie" }, Method: "PUT"))),
        Get("/api/v1/people", Rule.ApiToken, _ => "/api/v1/people"),
        Get("/api/v1/people/{id:int}", Rule.ApiToken, a => $"/api/v1/people/{a.Person}"),
        Post("/api/v1/people", Rule.ApiToken, Form(_ => "/api/v1/people", new() { ["NameVi"] = "Người qua cookie", ["Country"] = "VN" })),
        new("PUT /api/v1/people/{id:int}", Rule.ApiToken, (a, _) => Task.FromResult(new Request($"/api/v1/people/{a.Person}", new() { ["NameVi"] = "Sửa qua cookie" }, Method: "PUT"))),
        Get("/api/v1/organisations", Rule.ApiToken, _ => "/api/v1/organisations"),
        Get("/api/v1/organisations/{id:int}", Rule.ApiToken, a => $"/api/v1/organisations/{a.Organisation}"),
        Get("/api/v1/sources", Rule.ApiToken, _ => "/api/v1/sources"),
        Get("/api/v1/sources/{id:int}", Rule.ApiToken, a => $"/api/v1/sources/{a.Source}"),

        // A user's own API tokens: anyone signed in, for themselves.
        Get("/account/tokens", Rule.SignedIn, _ => "/account/tokens"),
        Post("/account/tokens?handler=Create", Rule.SignedIn, Form(_ => "/account/tokens?handler=Create", new() { ["Input.Name"] = "matrix", ["Input.Scope"] = "Read", ["Input.LifetimeDays"] = "30" })),
        // Revoking a token that is not the visitor's own finds nothing.
        Post("/account/tokens?handler=Revoke", Rule.NotFoundWhenSignedIn, Form(_ => "/account/tokens?handler=Revoke&tokenId=999999")),
    ];
}
