using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>
/// The review report and the briefing pack in Lao: a DOCX laid out as Lao administrations lay out
/// theirs (national heading across the top, issuing body, number, place and Lao date), a Lao font set in
/// the document, every section heading in Lao script; and the print page in Lao.
/// </summary>
public sealed partial class LaoDocumentTests(OwnRecordsApp app) : IClassFixture<OwnRecordsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string NationalName = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ";
    private const string Motto = "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ";
    private const string Vientiane = "ນະຄອນຫຼວງວຽງຈັນ";

    /// <summary>The date line the app's clock gives, as the glossary writes Lao dates (Vientiane is UTC+7).</summary>
    private string ExpectedDateLine()
    {
        string[] months = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];
        var day = DateOnly.FromDateTime(app.Factory.Clock.GetUtcNow().UtcDateTime.AddHours(7));
        return $"{Vientiane}, ວັນທີ {day.Day} ເດືອນ {months[day.Month - 1]} ປີ {day.Year}";
    }

    [Fact]
    public async Task The_Lao_report_has_the_Lao_heading_issuer_number_date_and_font()
    {
        using var document = OwnRecordsApp.Open(await app.GetDocxAsync($"/partnerships/{app.PartnershipId}/reports/print?handler=docx&Agreement={app.AgreementId}&Language=lo&Number=7"));
        Valid(document);
        var body = document.MainDocumentPart!.Document.Body!;

        // The national name and motto come first, centred across the page, above the issuer's block.
        var top = body.Elements().Take(2).Cast<Paragraph>().ToList();
        top.Select(p => p.InnerText).ShouldBe([NationalName, Motto]);
        top.ShouldAllBe(p => p.ParagraphProperties!.Justification!.Val!.Value == JustificationValues.Center);

        var block = body.Elements<Table>().First().Elements<TableRow>().Single().Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList();
        block[0].ShouldBe(["ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ"]);
        block[1].ShouldBe(["ເລກທີ 07/ຈນ", ExpectedDateLine()]);
        body.Descendants<Paragraph>().Select(p => p.InnerText).ShouldContain("ບົດລາຍງານ");

        LaoFontIsSet(document);
        EveryHeadingIsLao(document, atLeast: 10);
    }

    [Fact]
    public async Task The_Lao_briefing_pack_has_the_Lao_heading_font_and_Lao_headings()
    {
        using var document = OwnRecordsApp.Open(await app.GetDocxAsync($"/partnerships/{app.PartnershipId}/briefing?handler=docx&People={app.LaoLeaderId}&Date=2026-01-10&Language=lo"));
        Valid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        body.Elements().Take(2).Select(e => e.InnerText).ShouldBe([NationalName, Motto]);
        var block = body.Elements<Table>().First().InnerText;
        block.ShouldContain("ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ");
        block.ShouldContain("ເລກທີ");
        block.ShouldContain(ExpectedDateLine());
        body.InnerText.ShouldContain(OwnRecordsApp.LaoLeaderName);
        LaoFontIsSet(document);
        EveryHeadingIsLao(document, atLeast: 7); // the counterpart, and the pack's six parts
    }

    [Fact]
    public async Task The_print_page_in_Lao_has_the_Lao_layout_and_Lao_headings()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}/reports/print?Agreement={app.AgreementId}&Language=lo");
        page.DocumentElement.GetAttribute("lang").ShouldBe("lo");
        var header = page.QuerySelector("header.lao-header")!;
        header.QuerySelector(".national-name")!.TextContent.Trim().ShouldBe(NationalName);
        header.QuerySelector(".motto")!.TextContent.Trim().ShouldBe(Motto);
        header.QuerySelector(".place-date")!.TextContent.Trim().ShouldBe(ExpectedDateLine());
        header.QuerySelector(".number")!.TextContent.ShouldStartWith("ເລກທີ");
        page.QuerySelector("header.decree-header").ShouldBeNull();
        var headings = page.QuerySelectorAll("main h2, main h3, .appendix h2").Select(h => h.TextContent.Trim()).ToList();
        headings.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (var heading in headings) LettersAreLao(heading);
    }

    [Fact]
    public async Task The_Vietnamese_report_keeps_the_Decree_30_heading()
    {
        using var document = OwnRecordsApp.Open(await app.GetDocxAsync($"/partnerships/{app.PartnershipId}/reports/print?handler=docx&Agreement={app.AgreementId}&Language=vi"));
        var body = document.MainDocumentPart!.Document.Body!;
        body.Elements().First().ShouldBeOfType<Table>().InnerText.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        body.InnerText.ShouldNotContain(NationalName);
    }

    private static void Valid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator().Validate(document, Cancel).ToList();
        string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")).ShouldBeEmpty();
    }

    /// <summary>
    /// The document's default complex-script and east-Asian fonts are the Lao font (Latin keeps Times New
    /// Roman for Vietnamese letters), the language is lo-LA, the font table lists the Lao font, and every
    /// Lao run names it in all its slots.
    /// </summary>
    internal static void LaoFontIsSet(WordprocessingDocument document)
    {
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        new[] { fonts.ComplexScript?.Value, fonts.EastAsia?.Value }.ShouldAllBe(f => f == "Phetsarath OT");
        new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value }.ShouldAllBe(f => f == "Times New Roman");
        var laoRuns = document.MainDocumentPart.Document.Body!.Descendants<Run>().Where(r => r.InnerText.Any(c => c is >= '\u0E80' and <= '\u0EFF')).ToList();
        laoRuns.Count.ShouldBeGreaterThan(20);
        foreach (var run in laoRuns)
        {
            var own = run.RunProperties!.RunFonts!;
            new[] { own.Ascii?.Value, own.HighAnsi?.Value, own.ComplexScript?.Value, own.EastAsia?.Value }.ShouldAllBe(f => f == "Phetsarath OT", run.InnerText);
        }
        defaults.Languages!.Val!.Value.ShouldBe("lo-LA");
        defaults.Languages.Bidi!.Value.ShouldBe("lo-LA");
        var table = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "Phetsarath OT");
        table.GetFirstChild<AltName>()!.Val!.Value!.ShouldContain("Lao");
    }

    /// <summary>Every paragraph in a heading style is Lao script, but for its numbering ("I.", "2.").</summary>
    internal static void EveryHeadingIsLao(WordprocessingDocument document, int atLeast)
    {
        var headings = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2").Select(p => p.InnerText).ToList();
        headings.Count.ShouldBeGreaterThanOrEqualTo(atLeast);
        foreach (var heading in headings) LettersAreLao(heading);
    }

    private static void LettersAreLao(string heading)
    {
        var text = Numbering().Replace(heading, "");
        var letters = text.Where(char.IsLetter).ToList();
        letters.ShouldNotBeEmpty(heading);
        letters.ShouldAllBe(c => c >= '\u0E80' && c <= '\u0EFF', heading);
    }

    [GeneratedRegex(@"^([IVX]+|\d+)\.\s*")]
    private static partial Regex Numbering();
}
