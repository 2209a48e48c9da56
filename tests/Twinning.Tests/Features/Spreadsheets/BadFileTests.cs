using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Features.Exports;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>Files the import cannot read, and forms it must not trust: each gets a clear message and nothing is written.</summary>
public sealed class BadFileTests(SpreadsheetsApp app) : IClassFixture<SpreadsheetsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Files() => new()
    {
        { "text", "Tệp này không phải bảng tính Excel (XLSX) hoặc đã bị hỏng." },
        { "zip-without-workbook", "Tệp này không phải bảng tính Excel (XLSX) hoặc đã bị hỏng." },
        { "truncated", "Tệp này không phải bảng tính Excel (XLSX) hoặc đã bị hỏng." },
        { "wrong-sheet", "Bảng tính không có trang nào Twinning đọc được. Các trang cần có: Đoàn công tác; Cuộc gặp; Dự án; Chương trình đào tạo; Sự kiện; Tặng phẩm; Cơ quan, tổ chức; Nhân vật." },
        { "headerless", "Trang Đoàn công tác không có cột Tiêu đề (tiếng Việt)" },
        { "headerless-people", "Trang Nhân vật không có cột Tên (tiếng Việt)" },
        { "huge", "Tệp quá lớn: tối đa 4 MB." },
        { "zip-bomb", "Tệp quá lớn: tối đa 4 MB." },
        { "empty", "Hãy chọn một tệp XLSX để tải lên." },
    };

    [Theory, MemberData(nameof(Files))]
    public async Task A_file_that_cannot_be_read_gets_a_clear_message_and_writes_nothing(string kind, string message)
    {
        var bytes = await FileAsync(kind);
        var before = await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync);
        var (response, page) = await app.UploadAsync(app.EditorOfA, bytes);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.QuerySelector(".errors")!.TextContent.ShouldContain(message);
        page.QuerySelector("table.spreadsheet-review").ShouldBeNull();
        (await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_of_more_rows_than_the_import_takes_is_refused_whole()
    {
        var rows = Enumerable.Range(1, Twinning.Features.Spreadsheets.WorkbookFile.MaxRows + 50)
            .Select(i => (IReadOnlyDictionary<string, object>)new Dictionary<string, object> { [ExportWords.Vi.Header("title_vi")] = $"Đoàn số {i}" }).ToArray();
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), ExportWords.Vi.SheetTitle("visits"), rows);
        var before = await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync);

        var (response, page) = await app.UploadAsync(app.EditorOfA, file);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.QuerySelector(".errors")!.TextContent.ShouldContain($"Tệp có quá nhiều dòng: tối đa {Twinning.Features.Spreadsheets.WorkbookFile.MaxRows}.");
        (await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before);
    }

    [Fact]
    public async Task An_acceptance_whose_sealed_file_was_altered_writes_nothing()
    {
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), ExportWords.Vi.SheetTitle("visits"),
            new Dictionary<string, object> { [ExportWords.Vi.Header("title_vi")] = "Đoàn không được ghi" });
        var (_, review) = await app.UploadAsync(app.EditorOfA, file);
        var seal = review.QuerySelector("input[name=Sealed]")!;
        seal.SetAttribute("value", seal.GetAttribute("value")![..^4] + "AAAA");
        var before = await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync);

        var (response, page) = await app.AcceptAsync(app.EditorOfA, review);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.QuerySelector(".errors")!.TextContent.ShouldContain("Hãy tải tệp lên lại.");
        (await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before);
    }

    [Fact]
    public async Task A_review_sealed_for_one_user_does_not_open_for_another()
    {
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), ExportWords.Vi.SheetTitle("visits"),
            new Dictionary<string, object> { [ExportWords.Vi.Header("title_vi")] = "Đoàn của người khác" });
        var (_, review) = await app.UploadAsync(app.EditorOfA, file);
        var sealedFile = review.QuerySelector("input[name=Sealed]")!.GetAttribute("value")!;
        var page = await app.ContributorOfA.GetStringAsync(app.Url, Cancel);

        using var response = await app.ContributorOfA.PostAsync(app.Url + "?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Sealed"] = sealedFile, ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.Factory.WithAppDbAsync(db => db.Activities.CountAsync(a => a.Title.Vi == "Đoàn của người khác"))).ShouldBe(0);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await app.TemplateAsync(app.EditorOfA)), "Workbook", "t.xlsx" } };
        using var response = await app.EditorOfA.PostAsync(app.Url, content, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<byte[]> FileAsync(string kind) => kind switch
    {
        "text" => "Tiêu đề,Ngày\nĐoàn,2024-01-01\n"u8.ToArray(),
        "zip-without-workbook" => Zip(("readme.txt", 10)),
        "truncated" => (await app.TemplateAsync(app.EditorOfA))[..600],
        "wrong-sheet" => Workbook("Trang tính 1", "Tiêu đề (tiếng Việt)"),
        "headerless" => Workbook(ExportWords.Vi.SheetTitle("visits"), "Tên đoàn"),
        "headerless-people" => Workbook(ExportWords.Vi.SheetTitle("people"), "Họ và tên"),
        "huge" => new byte[5 * 1024 * 1024],
        "zip-bomb" => Zip(("xl/worksheets/sheet1.xml", 80 * 1024 * 1024)),
        _ => [],
    };

    /// <summary>A zip whose entries are runs of zeros: tiny on the wire, large once unzipped.</summary>
    private static byte[] Zip(params (string Name, int Size)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, size) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1 << 20];
                for (var written = 0; written < size; written += zeros.Length) entry.Write(zeros, 0, Math.Min(zeros.Length, size - written));
            }
        return stream.ToArray();
    }

    /// <summary>A real workbook of one sheet whose first row holds one header.</summary>
    private static byte[] Workbook(string sheetTitle, string header)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell(new InlineString(new Text(header))) { CellReference = "A1", DataType = CellValues.InlineString }) { RowIndex = 1 },
                new Row(new Cell(new InlineString(new Text("Đoàn"))) { CellReference = "A2", DataType = CellValues.InlineString }) { RowIndex = 2 }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = sheetTitle, SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }
}
