using System.Text;

namespace Twinning.Extraction.Tests;

public sealed class EncodingTests
{
    private static readonly ArticleExtractor Extractor = new();
    private const string Article = "Chiều 25/11/2017, ông Hoàng Trung Hải, Bí thư Thành ủy Hà Nội đã hội đàm với đồng chí Sinlavong Khutphaythoune, Đô trưởng Vientiane.";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf16_with_and_without_byte_order_mark_is_read()
    {
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Article)).ToArray();
        var withoutBom = Encoding.BigEndianUnicode.GetBytes(Article);
        foreach (var bytes in new[] { withBom, withoutBom })
            Extractor.Extract(ArticleInput.FromBytes(bytes, "a.txt"), TestContext.Current.CancellationToken).People.Select(p => p.Name).ShouldContain("Hoàng Trung Hải");
    }

    [Fact]
    public void Windows_1258_is_converted_with_a_note()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes(Cp1258Form(Article));
        var x = Extractor.Extract(ArticleInput.FromBytes(bytes, "a.txt"), TestContext.Current.CancellationToken);
        x.People.Select(p => p.Name).ShouldContain("Hoàng Trung Hải");
        x.Notes.ShouldContain(n => n.Contains("Windows-1258"));
    }

    /// <summary>Code page 1258 has letters with vowel marks (ô, ư) but writes tones as combining marks.</summary>
    private static string Cp1258Form(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.Where(p => p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
            sb.Append(new string(parts.Where(p => !tone.Contains(p)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return sb.ToString();
    }

    [Fact]
    public void VNI_text_is_refused_with_instructions()
    {
        // "Xin chào các bạn, đoàn đại biểu Việt Nam" typed with VNI-Times fonts.
        var vni = "Xin chaøo caùc baïn, ñoaøn ñaïi bieåu Vieät Nam ñaõ ñeán thaêm Laøo vaø hoäi ñaøm.";
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(vni));
        e.Reason.ShouldBe(RejectionReason.LegacyEncoding);
        e.Message.ShouldContain("VNI");
    }

    [Fact]
    public void TCVN3_text_is_refused_with_instructions()
    {
        // TCVN3 bytes of "Hà Nội và Viêng Chăn hội đàm, đoàn đại biểu" read as Latin-1.
        var tcvn3 = "Hµ Néi vµ Vi£ng Ch¨n héi ®µm, ®oµn ®¹i biÓu cÊp cao ®· ký kÕt biªn b¶n.";
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(tcvn3));
        e.Reason.ShouldBe(RejectionReason.LegacyEncoding);
        e.Message.ShouldContain("TCVN3");
    }

    [Fact]
    public void A_txt_file_holding_binary_is_refused()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(png, "article.txt"))).Reason.ShouldBe(RejectionReason.Binary);
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        random[10] = 0;
        Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(random, "article.txt"))).Reason.ShouldBe(RejectionReason.Binary);
    }

    [Fact]
    public void A_file_claiming_UTF8_with_bad_bytes_is_refused_clearly()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0x48, 0xC3, 0x28, 0x20, 0x4E };
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(bytes, "a.txt")));
        e.Reason.ShouldBe(RejectionReason.UnreadableEncoding);
        e.Message.ShouldContain("UTF-8");
    }

    [Fact]
    public void Unknown_file_types_are_refused()
    {
        Should.Throw<ArticleRejectedException>(() => ArticleInput.FromBytes([1, 2, 3], "scan.pdf")).Reason.ShouldBe(RejectionReason.UnsupportedFormat);
    }
}
