using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Activities;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;
using static Twinning.Tests.Features.Reports.ReportFixture;

namespace Twinning.Tests.Features.Reports;

/// <summary>The DOCX of the period review report, opened with the Open XML SDK and held against Decree 30 and the database.</summary>
public sealed class ReportDocxTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task The_docx_is_valid_Open_XML()
    {
        var agreement = await RichestAgreementAsync(app);
        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=vi"));
        var errors = new OpenXmlValidator().Validate(document, Cancel).ToList();
        string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")).ShouldBeEmpty();
        document.MainDocumentPart!.ChartParts.Count().ShouldBeGreaterThanOrEqualTo(3, "the charts are native Word charts");
    }

    [Fact]
    public async Task The_page_and_header_block_follow_Decree_30()
    {
        var agreement = await RichestAgreementAsync(app);
        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=vi&Number=5&Symbol=UBND"));
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        ((int)size.Width!.Value, (int)size.Height!.Value).ShouldBe((11906, 16838)); // A4
        var margin = section.GetFirstChild<PageMargin>()!;
        Millimetres(margin.Top!.Value).ShouldBeInRange(20, 25);
        Millimetres(margin.Bottom!.Value).ShouldBeInRange(20, 25);
        Millimetres((int)margin.Left!.Value).ShouldBeInRange(30, 35);
        Millimetres((int)margin.Right!.Value).ShouldBeInRange(15, 20);

        // Page numbers from page two: a distinct first-page header without a number, the others with PAGE.
        section.GetFirstChild<TitlePage>().ShouldNotBeNull();
        var headers = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(h.Id!)).Header);
        headers[HeaderFooterValues.Default].Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
        headers[HeaderFooterValues.First].Descendants<SimpleField>().ShouldBeEmpty();

        // Times New Roman everywhere, with Liberation Serif named as its stand-in.
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        new[] { defaults.Ascii?.Value, defaults.HighAnsi?.Value, defaults.ComplexScript?.Value }.ShouldAllBe(f => f == "Times New Roman");
        var font = main.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "Times New Roman");
        font.GetFirstChild<AltName>()!.Val!.Value.ShouldBe("Liberation Serif");

        var paragraphs = main.Document.Body!.Descendants<Paragraph>().ToList();
        Paragraph Find(Func<string, bool> match) => paragraphs.First(p => match(p.InnerText));

        Style(Find(t => t == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).ShouldBe((26, true, false)); // 13 pt bold capitals
        Style(Find(t => t == "Độc lập - Tự do - Hạnh phúc")).ShouldBe((28, true, false));      // 14 pt bold
        Style(Find(t => t == "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")).ShouldBe((26, true, false));
        Style(Find(t => t.StartsWith("Số:"))).ShouldBe((26, false, false));
        Find(t => t.StartsWith("Số:")).InnerText.ShouldBe("Số: 05/BC-UBND");
        var dateLine = Find(t => t.StartsWith("Hà Nội, ngày"));
        Style(dateLine).ShouldBe((28, false, true)); // italic
        dateLine.InnerText.ShouldMatch(@"^Hà Nội, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$");
        Style(Find(t => t == "BÁO CÁO")).ShouldBe((28, true, false));
        Find(t => t.StartsWith("Kết quả thực hiện")).ShouldNotBeNull();

        // The issuing body and "Số" sit in the left column, the national name and the date in the right.
        var headerTable = main.Document.Body!.Elements<Table>().First();
        var cells = headerTable.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).Select(c => c.InnerText).ToList();
        cells[0].ShouldContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
        cells[1].ShouldStartWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        cells[2].ShouldStartWith("Số:");
        cells[3].ShouldStartWith("Hà Nội, ngày");

        var recipients = Find(t => t == "Nơi nhận:");
        Style(recipients).ShouldBe((24, true, true)); // 12 pt bold italic
        var list = paragraphs.SkipWhile(p => p != recipients).Skip(1).TakeWhile(p => p.InnerText.StartsWith("- ")).ToList();
        list.ShouldNotBeEmpty();
        list.ShouldAllBe(p => Style(p).Size == 22); // 11 pt
        list.Last().InnerText.ShouldStartWith("- Lưu: VT");

        // Body text: justified with a 1 cm first-line indent.
        var body = Find(t => t.StartsWith("Quan hệ hợp tác giữa"));
        body.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Both);
        int.Parse(body.ParagraphProperties.Indentation!.FirstLine!.Value!).ShouldBe(567);
    }

    [Fact]
    public async Task Lao_names_are_set_in_a_Lao_font()
    {
        var lao = await app.Factory.WithAppDbAsync(db => db.People.Where(p => p.Name.Lo != null).Select(p => p.Name.Lo!).ToListAsync());
        var agreement = await RichestAgreementAsync(app);
        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=vi"));
        var laoRuns = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Where(r => r.InnerText.Any(c => c is >= '\u0E80' and <= '\u0EFF')).ToList();
        if (lao.Count > 0) laoRuns.ShouldNotBeEmpty("the dataset has Lao names");
        foreach (var run in laoRuns)
        {
            run.RunProperties!.RunFonts!.ComplexScript!.Value.ShouldBe("Phetsarath OT");
            run.InnerText.ShouldAllBe(c => (c >= '\u0E80' && c <= '\u0EFF') || char.IsWhiteSpace(c) || c == '\u200B');
        }
        document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ShouldContain(f => f.Name == "Phetsarath OT");
    }

    [Fact]
    public async Task The_commitment_table_lists_the_agreements_commitments_with_their_approved_evidence()
    {
        var agreementId = await RichestAgreementAsync(app);
        var expected = await app.Factory.WithAppDbAsync(async db =>
        {
            var agreements = await db.Agreements.Where(a => (a.Id == agreementId || a.ParentId == agreementId) && a.State == RecordState.Approved).Select(a => a.Id).ToListAsync();
            var commitments = await db.Commitments.Where(c => agreements.Contains(c.AgreementId)).OrderBy(c => c.Id).Select(c => new { c.Id, Text = c.Text.Vi }).ToListAsync();
            var links = await (from a in db.Activities from c in a.Commitments select new { CommitmentId = c.Id, Title = a.Title.Vi, a.Status, a.State }).ToListAsync();
            return commitments.Select(c => new
            {
                c.Id, c.Text,
                Evidence = links.Where(l => l.CommitmentId == c.Id && l.State == RecordState.Approved).Select(l => new { l.Title, l.Status }).ToList(),
                Hidden = links.Where(l => l.CommitmentId == c.Id && l.State != RecordState.Approved).Select(l => l.Title).ToList(),
            }).ToList();
        });
        expected.ShouldNotBeEmpty();
        expected.ShouldContain(c => c.Evidence.Count > 0, "the dataset links activities to this agreement's commitments");

        using var document = Open(await DocxAsync(app, $"Agreement={agreementId}&Language=vi"));
        var rows = CommitmentRows(document);
        rows.Count.ShouldBe(expected.Count);
        foreach (var commitment in expected)
        {
            var row = rows.Single(r => r[2] == commitment.Text);
            foreach (var evidence in commitment.Evidence) row[4].ShouldContain(evidence.Title!);
            foreach (var hidden in commitment.Hidden) row[4].ShouldNotContain(hidden!);
            row[3].ShouldBe(commitment.Evidence.Any(e => e.Status == ActivityStatus.Completed) ? "Đã thực hiện"
                : commitment.Evidence.Any(e => e.Status is ActivityStatus.InProgress or ActivityStatus.Planned) ? "Đang thực hiện" : "Chưa thực hiện");
        }
    }

    internal static List<string[]> CommitmentRows(DocumentFormat.OpenXml.Packaging.WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Single(p => p.InnerText == "Bảng tình hình thực hiện các cam kết").ElementsAfter().OfType<Table>().First()
            .Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

    [Fact]
    public async Task The_report_in_English_has_the_header_in_English()
    {
        var agreement = await RichestAgreementAsync(app);
        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=en"));
        var texts = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        texts.ShouldContain("SOCIALIST REPUBLIC OF VIETNAM");
        texts.ShouldContain("REPORT");
        texts.ShouldContain(t => Regex.IsMatch(t, @"^Hanoi, \d{1,2} [A-Z][a-z]+ \d{4}$"));
        texts.ShouldContain("Recipients:");
    }

    [Theory]
    [InlineData("")]                                  // neither an agreement nor a range
    [InlineData("From=2024-01-01")]                   // half a range
    [InlineData("From=2025-01-01&To=2024-01-01")]     // backwards
    [InlineData("Agreement=424242")]                  // no such agreement
    [InlineData("From=2024-01-01&To=2024-12-31&Language=fr")]
    [InlineData("From=2024-01-01&To=2024-12-31&Symbol=bc%20x")]
    [InlineData("From=not-a-date&To=2024-12-31")]
    public async Task A_bad_choice_is_refused_with_the_reason(string query)
    {
        foreach (var handler in new[] { "", "handler=docx&" })
        {
            using var response = await app.Client().GetAsync($"/partnerships/{app.PartnershipId}/reports/print?{handler}{query}", Cancel);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, query);
            (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("<li>");
        }
    }

    [Fact]
    public async Task A_date_range_report_counts_the_activities_of_the_range()
    {
        var (from, to) = (new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var titles = await app.Factory.WithAppDbAsync(db => db.Activities
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a.StartDate ?? a.EndDate) >= from && (a.StartDate ?? a.EndDate) <= to)
            .Select(a => a.Title.Vi!).ToListAsync());
        var outside = await app.Factory.WithAppDbAsync(db => db.Activities
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a.StartDate ?? a.EndDate) < from)
            .Select(a => a.Title.Vi!).ToListAsync());
        titles.ShouldNotBeEmpty();

        using var document = Open(await DocxAsync(app, "From=2024-01-01&To=2024-12-31&Language=vi"));
        var appendix = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().ElementAt(3).InnerText).ToList();
        appendix.ShouldBe(titles, ignoreOrder: true);
        foreach (var title in outside.Except(titles)) appendix.ShouldNotContain(title);
    }

    [Fact]
    public async Task The_next_steps_name_the_coming_round_anniversaries()
    {
        var today = TestClock.Today; // the app's clock in tests
        var bases = await app.Factory.WithAppDbAsync(db => db.Anniversaries
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved).Select(a => a.BaseDate).ToListAsync());
        bases.ShouldNotBeEmpty();
        var agreement = await RichestAgreementAsync(app);
        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=vi"));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var baseDate in bases)
        {
            var years = 5;
            while (baseDate.AddYears(years) < today) years += 5;
            var next = baseDate.AddYears(years);
            if (next <= today.AddYears(5)) text.ShouldContain($"{years} năm", customMessage: baseDate.ToString());
            if (next <= today.AddYears(5)) text.ShouldContain(next.ToString("dd/MM/yyyy"));
        }
    }

    private static int Millimetres(int twips) => (int)Math.Round(twips / 1440.0 * 25.4);

    private static (int Size, bool Bold, bool Italic) Style(Paragraph paragraph)
    {
        var runs = paragraph.Elements<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        runs.ShouldNotBeEmpty();
        var looks = runs.Select(r => (int.Parse(r.RunProperties!.FontSize!.Val!.Value!), r.RunProperties.Bold is not null, r.RunProperties.Italic is not null)).Distinct().ToList();
        looks.Count.ShouldBe(1, paragraph.InnerText);
        return looks[0];
    }
}
