using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Twinning.Extraction.Tests;

/// <summary>
/// Hostile and random input: every case ends in a result or an <see cref="ArticleRejectedException"/>
/// with a message — never another exception, a hang or a crash.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool ResultOrClearRejection(Func<ArticleExtraction> run)
    {
        try
        {
            var x = run();
            return x.Text.Length > 0 && x.Events.All(e => e.Span.End <= x.Text.Length) && x.People.All(p => p.Mentions.All(m => m.End <= x.Text.Length));
        }
        catch (ArticleRejectedException e)
        {
            return e.Message.Length > 20;
        }
    }

    [Property(MaxTest = 300)]
    public bool Random_unicode_text_is_handled(string text) =>
        text is null || ResultOrClearRejection(() => Extractor.Extract(text));

    [Property(MaxTest = 300)]
    public bool Random_bytes_as_any_format_are_handled(byte[] bytes, byte format)
    {
        if (bytes is null) return true;
        var kind = (ArticleFormat)(format % 3);
        return ResultOrClearRejection(() => Extractor.Extract(ArticleInput.FromBytes(bytes, kind, "x")));
    }

    [Property(MaxTest = 200)]
    public Property Vietnamese_looking_text_with_dates_and_titles_is_handled() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("Chiều", "12/3", "ngày", "từ ngày 11 đến 12/3", "đồng chí", "Nguyễn", "Văn", "An", "Bí thư", "Thành ủy", "Hà Nội", ",", ".", ":", ";",
                    "Thongloun", "Sisoulith", "hội đàm", "đã ký", "Biên bản ghi nhớ", "giai đoạn", "2022-2025", "dự án", "như", "tặng", "20", "bộ", "\n", "Tin khác", "(", ")", "-", "của", "và"))
                .Select(words => string.Join(' ', words)).ToArbitrary(),
            text => ResultOrClearRejection(() => Extractor.Extract(text)));

    [Fact]
    public void A_50_MB_text_is_refused_quickly_with_the_limit_in_the_message()
    {
        var text = new string('a', 50 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(text));
        e.Reason.ShouldBe(RejectionReason.TooLarge);
        e.Message.ShouldContain("limit");
        var bytes = Encoding.UTF8.GetBytes(text);
        Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(bytes, "big.txt"))).Reason.ShouldBe(RejectionReason.TooLarge);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_stream_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        using var endless = new RepeatingStream(100L * 1024 * 1024);
        Should.Throw<ArticleRejectedException>(() => ArticleInput.FromStream(endless, "huge.txt")).Reason.ShouldBe(RejectionReason.TooLarge);
        endless.Position.ShouldBeLessThan(40L * 1024 * 1024);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("Chiều 12/3/2024, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội hội đàm với đoàn Viêng Chăn.");
        for (var i = 0; i < 100_000; i++) html.Append("</div>");
        html.Append("</body></html>");
        var watch = Stopwatch.StartNew();
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromText(html.ToString(), ArticleFormat.Html)));
        e.Reason.ShouldBe(RejectionReason.BadHtml);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Moderately_nested_markup_is_still_read()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 1_000; i++) html.Append("<div>");
        html.Append("<p>Chiều 12/3/2024, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội hội đàm với đoàn Viêng Chăn.</p>");
        for (var i = 0; i < 1_000; i++) html.Append("</div>");
        html.Append("</body></html>");
        var x = Extractor.Extract(ArticleInput.FromText(html.ToString(), ArticleFormat.Html), TestContext.Current.CancellationToken);
        x.People.ShouldHaveSingleItem().Name.ShouldBe("Đinh Tiến Dũng");
    }

    [Fact]
    public void A_docx_zip_bomb_is_refused()
    {
        // 150 MB of one repeated paragraph compresses to a few hundred kilobytes.
        var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>");
        var bomb = Docx.Package(stream =>
        {
            stream.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            for (long written = 0; written < 150L * 1024 * 1024; written += paragraph.Length) stream.Write(paragraph);
            stream.Write("</w:body></w:document>"u8);
        });
        bomb.Length.ShouldBeLessThan(5 * 1024 * 1024);
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(bomb, "bomb.docx")));
        e.Reason.ShouldBe(RejectionReason.TooLarge);
        e.Message.ShouldContain("zip bomb");
    }

    [Fact]
    public void A_docx_whose_text_is_too_long_is_refused_even_under_the_unpack_limit()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxTextChars = 10_000 });
        var bytes = Docx.WithParagraphs(Enumerable.Repeat("Hai bên trao đổi về hợp tác giữa hai thủ đô.", 1000).ToArray());
        Should.Throw<ArticleRejectedException>(() => extractor.Extract(ArticleInput.FromBytes(bytes, "long.docx"))).Reason.ShouldBe(RejectionReason.TooLarge);
    }

    /// <summary>A stream of spaces of a given length, generated on the fly.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private long position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Fill(buffer, (byte)' ', offset, n);
            position += n;
            return n;
        }
    }
}
