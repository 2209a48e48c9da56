using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Record = Twinning.Data.Record;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Script tags and HTML typed into every text field of every edit form come back encoded, wherever the
/// value is shown afterwards: the form itself, the record's page, its history and the timeline. The forms
/// are found from the registry of record kinds, so a new kind's form is covered without touching this test.
/// </summary>
public sealed class HostileInputTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient(); // loads the dataset
        await TestUsers.CreateAsync(_app, "admin@hanoi.test", administrator: true);
        _admin = await TestUsers.SignedInClientAsync(_app, "admin@hanoi.test");
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>One record of each kind that has an edit form (one of each kind of activity), with its pages.</summary>
    public static TheoryData<string> FormKinds() =>
        ["partnership", "organisation", "person", "agreement", "invitation", "anniversary", "source",
         .. Enum.GetNames<ActivityKind>().Where(k => k != nameof(ActivityKind.Meeting))];

    private async Task<(Record Record, RecordType Type)> SampleAsync(string kind)
    {
        await using var db = _app.Database.NewContext();
        var type = RecordType.Named(kind) ?? RecordType.Named("activity")!;
        IQueryable<Record> records = type.Name == "activity"
            ? db.Set<Activity>().Where(a => a.Kind == Enum.Parse<ActivityKind>(kind))
            : (IQueryable<Record>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var record = await records.OrderBy(r => r.Id).FirstAsync(Cancel);
        return (record, type);
    }

    [Theory]
    [MemberData(nameof(FormKinds))]
    public async Task Html_typed_into_every_text_field_comes_back_encoded(string kind)
    {
        var (record, type) = await SampleAsync(kind);
        var editUrl = type.EditUrlOf(record).ShouldNotBeNull($"{kind} has no edit form");
        var form = await Forms.GetAsync(_admin, editUrl);
        var payloads = TextFields(form).Select((name, i) => (name, value: Payload(i))).ToDictionary(f => f.name, f => (string?)f.value);
        payloads.ShouldNotBeEmpty($"the {kind} form has no text field");

        // Some fields only take a format (a currency code, a year): those that refuse the payload get their
        // old value back and the form is posted again. The refusal itself must show the payload encoded.
        var response = await Forms.PostAsync(_admin, form, editUrl, payloads);
        for (var attempt = 0; response.StatusCode == HttpStatusCode.OK && attempt < 3; attempt++)
        {
            var html = await response.Content.ReadAsStringAsync(Cancel);
            ShouldBeEncoded(html, $"{kind} form re-shown with errors");
            var refused = new HtmlParser().ParseDocument(html).QuerySelectorAll(".field-validation-error[data-valmsg-for]")
                .Select(e => e.GetAttribute("data-valmsg-for")!).ToHashSet();
            refused.ShouldNotBeEmpty($"the {kind} form was re-shown without saying which field is wrong");
            foreach (var name in refused.Where(payloads.ContainsKey)) payloads[name] = form.QuerySelector<IHtmlElement>($"[name='{name}']") switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input => input.Value,
                _ => null,
            };
            response = await Forms.PostAsync(_admin, form, editUrl, payloads);
        }
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"the {kind} form did not save");

        var saved = payloads.Where(p => p.Value is not null && p.Value.StartsWith(PayloadStart, StringComparison.Ordinal)).ToList();
        saved.ShouldNotBeEmpty($"no text field of the {kind} form kept the typed HTML");

        // The form shows each typed value back as the very text typed (the parser decodes the attribute)…
        var again = await _admin.GetStringAsync(editUrl, Cancel);
        ShouldBeEncoded(again, $"{kind} edit form");
        var document = new HtmlParser().ParseDocument(again);
        foreach (var (name, value) in saved)
        {
            var shown = document.QuerySelectorAll<IHtmlElement>($"main form.form [name='{name}']").Select(e => e switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input => input.Value,
                _ => null,
            });
            shown.ShouldContain(value, $"{kind} field {name} did not come back as typed");
        }

        // …and every page that shows the record encodes it.
        var partnership = await _app.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
        foreach (var url in new[] { type.DetailsUrl(record.Id), $"/history/{type.Name}/{record.Id}", $"/partnerships/{partnership}/timeline" }.Distinct())
        {
            var page = await _admin.GetAsync(url, Cancel);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            ShouldBeEncoded(await page.Content.ReadAsStringAsync(Cancel), url);
        }
        var history = await _admin.GetStringAsync($"/history/{type.Name}/{record.Id}", Cancel);
        history.ShouldContain("&lt;script&gt;alert(", customMessage: $"the history of the {kind} does not show the typed text");
    }

    [Fact]
    public async Task Html_in_a_return_comment_comes_back_encoded()
    {
        var id = await _app.WithAppDbAsync(async db =>
        {
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            person.State = Twinning.Features.Workflow.RecordState.Submitted;
            person.SubmittedBySide = "VN";
            await db.SaveChangesAsync();
            return person.Id;
        });
        var page = await Forms.GetAsync(_admin, $"/people/{id}");
        var response = await Forms.PostAsync(_admin, page, $"/workflow/person/{id}?handler=return",
            new Dictionary<string, string?> { ["Comment"] = Payload(0) }, formSelector: "form.return-form");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var url in new[] { $"/people/{id}", $"/history/person/{id}" })
        {
            var html = await _admin.GetStringAsync(url, Cancel);
            ShouldBeEncoded(html, url);
            html.ShouldContain("&lt;script&gt;alert(0)", customMessage: $"{url} does not show the return comment");
        }
    }

    private const string PayloadStart = "<script>alert(";

    private static string Payload(int field) => $"<script>alert({field})</script><b onmouseover=\"x()\">f{field}</b>";

    private static void ShouldBeEncoded(string html, string where)
    {
        html.ShouldNotContain("<script>alert(", customMessage: $"raw script on {where}");
        html.ShouldNotContain("<b onmouseover", customMessage: $"raw markup on {where}");
    }

    /// <summary>The names of the form's free-text fields a person can type into (a cited source's text is read-only).</summary>
    private static IEnumerable<string> TextFields(IHtmlDocument page)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form.form").ShouldNotBeNull("no edit form on the page");
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } && !area.IsReadOnly && !area.IsDisabled:
                    yield return area.Name;
                    break;
                case IHtmlInputElement { Type: "text" or "search", IsReadOnly: false, IsDisabled: false } input when input.Name is { Length: > 0 } name:
                    yield return name;
                    break;
            }
        }
    }
}
