using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Infrastructure;
using static Twinning.Tests.Features.Briefings.BriefingFixture;

namespace Twinning.Tests.Features.Briefings;

/// <summary>The pack as DOCX, opened with the Open XML SDK and held against the database and the page.</summary>
public sealed class BriefingDocxTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task The_docx_is_valid_and_names_the_counterpart_and_every_earlier_meeting()
    {
        var personId = await LaoLeaderAsync(app);
        var name = await app.Factory.WithAppDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => new { p.Name.Vi, p.Name.Lo }).SingleAsync());
        var day = (await MeetingDaysAsync(app, personId)).Last().AddDays(1);
        var expected = await EarlierMeetingsAsync(app, personId, day);
        expected.ShouldNotBeEmpty();

        using var response = await app.Client().GetAsync(Url(app, $"handler=docx&People={personId}&Date={day:yyyy-MM-dd}&Language=vi"), Cancel);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain($"{day:yyyyMMdd}");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)), false);

        var errors = new OpenXmlValidator().Validate(document, Cancel).ToList();
        string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")).ShouldBeEmpty();

        var body = document.MainDocumentPart!.Document.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        text.ShouldContain(name.Vi!);
        text.ShouldContain(name.Lo!);
        var rows = body.Descendants<Table>().Skip(1) // the first table is the Decree 30 header block
            .First(t => t.Elements<TableRow>().Skip(1).Any(r => expected.Any(e => r.InnerText.Contains(e.Title))))
            .Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        rows.Count.ShouldBe(expected.Count);
        foreach (var e in expected) rows.Single(r => r[3] == e.Title)[1].ShouldStartWith(e.Date!.Value.ToString("dd/MM/yyyy"));
    }

    [Fact]
    public async Task The_docx_and_the_page_say_the_same_in_English()
    {
        var personId = await LaoLeaderAsync(app);
        var day = (await MeetingDaysAsync(app, personId)).Last().AddDays(1);
        var query = $"People={personId}&Date={day:yyyy-MM-dd}&Language=en";
        var page = await app.PageAsync(Url(app, query));
        var pageItems = BriefingPageTests.Pack(page).QuerySelectorAll("p.item").Select(p => p.TextContent.Trim()).ToList();
        pageItems.ShouldNotBeEmpty();

        var docx = await app.Client().GetByteArrayAsync(Url(app, "handler=docx&" + query), Cancel);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        foreach (var item in pageItems) paragraphs.ShouldContain(item);
        paragraphs.ShouldContain(p => p.StartsWith("Current: ") || p.StartsWith("- Current: ") || p.Contains("shows no post held"));
    }
}
