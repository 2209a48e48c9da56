using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// Fills and posts a page's form as a browser would: every field's current value (hidden ones and the
/// antiforgery token included), with the test's changes on top, and the pressed button's name/value.
/// </summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}");
        return new HtmlParser().ParseDocument(html);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, string url,
        IReadOnlyDictionary<string, string?>? changes = null, (string Name, string Value)? button = null, string formSelector = "main form.form") =>
        PostAsync(client, page, url, (changes ?? new Dictionary<string, string?>()).Select(c => (c.Key, c.Value)).ToList(), button, formSelector);

    /// <summary>
    /// As a browser posts: a multi-select sends each selected option (none when none is). Changes replace
    /// fields: a name given once or more replaces all the form's values of that name; a null value removes them.
    /// </summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, string url,
        IReadOnlyList<(string Name, string? Value)> changes, (string Name, string Value)? button = null, string formSelector = "main form.form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form '{formSelector}' on the page");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && box.Name is { Length: > 0 }:
                    fields.Add(new(box.Name, box.Value));
                    break;
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit" or "button") } input when input.Name is { Length: > 0 }:
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement { IsMultiple: true } many when many.Name is { Length: > 0 }:
                    fields.AddRange(many.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(many.Name, o.Value)));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    // As a browser does: the selected option, else the first one.
                    var option = select.Options.FirstOrDefault(o => o.IsSelected || o.HasAttribute("selected")) ?? select.Options.FirstOrDefault();
                    fields.Add(new(select.Name, option?.Value ?? ""));
                    break;
            }
        }
        foreach (var name in changes.Select(c => c.Name).Distinct())
            fields.RemoveAll(f => f.Key == name);
        foreach (var (name, value) in changes)
            if (value is not null) fields.Add(new(name, value));
        if (button is { } b) fields.Add(new(b.Name, b.Value));
        return client.PostAsync(url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The validation message placed right after a field (the house layout: label, field, message).</summary>
    public static string ErrorNextTo(IHtmlDocument page, string fieldId)
    {
        var field = page.GetElementById(fieldId).ShouldNotBeNull($"no field #{fieldId}");
        var next = field.NextElementSibling.ShouldNotBeNull();
        next.ClassList.ShouldContain("field-error");
        return next.TextContent.Trim();
    }
}
