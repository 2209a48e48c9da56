namespace Twinning.Extraction.Tests;

public sealed class CleaningTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body =
        "Chiều 12/3/2024, tại Thủ đô Viêng Chăn, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội đã hội đàm với đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn. " +
        "Hai bên đánh giá cao kết quả hợp tác thời gian qua và thống nhất nhiều nội dung hợp tác trong thời gian tới.";

    [Theory]
    [InlineData("Có thể bạn quan tâm")]
    [InlineData("Tin khác")]
    [InlineData("Xem thêm")]
    [InlineData("Tin liên quan")]
    public void Related_news_and_everything_after_it_is_dropped(string heading)
    {
        var x = Extractor.Extract($"{Body}\n\n{heading}\n\nÔng Trần Thanh Mẫn, Phó Chủ tịch Thường trực Quốc hội tiếp đoàn ngày 6/5/2024.");
        x.Text.ShouldNotContain("Trần Thanh Mẫn");
        x.People.Select(p => p.Name).ShouldNotContain("Trần Thanh Mẫn");
        x.Events.ShouldHaveSingleItem().Kind.ShouldBe(EventKind.Talks);
    }

    [Fact]
    public void Media_player_remnants_login_prompts_links_and_repeated_captions_are_removed()
    {
        var caption = "Đồng chí Đinh Tiến Dũng và đồng chí Anouphap Tounalom tại buổi hội đàm.";
        var x = Extractor.Extract($"{Body}\n0:00 / 0:00\n0:00\n{caption}\n{caption}\n[Việt Nam luôn hỗ trợ Lào]\nBình luận\nĐăng nhập trước khi gửi bình luận Đăng nhập");
        x.Text.ShouldNotContain("0:00");
        x.Text.ShouldNotContain("Đăng nhập");
        x.Text.ShouldNotContain("[Việt Nam");
        (x.Text.Length - x.Text.Replace(caption, "").Length).ShouldBe(caption.Length);
    }

    [Fact]
    public void Photo_credits_are_cut_from_captions()
    {
        var x = Extractor.Extract($"{Body}\nLãnh đạo hai Thủ đô chụp ảnh lưu niệm. (Ảnh: Văn Điệp/TTXVN)\nQuang cảnh hội đàm. Ảnh: Trịnh Dũng");
        x.Text.ShouldContain("Lãnh đạo hai Thủ đô chụp ảnh lưu niệm.");
        x.Text.ShouldNotContain("Văn Điệp");
        x.Text.ShouldNotContain("Trịnh Dũng");
    }

    [Fact]
    public void Text_is_NFC_and_whitespace_is_tidied_but_words_are_kept_as_written()
    {
        var decomposed = "Chiều 12/3/2024,\u00A0\u00A0đồng chí  Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội đã hội đàm.".Normalize(System.Text.NormalizationForm.FormD);
        var x = Extractor.Extract(decomposed + "\r\n\r\nHai bên thống nhất hoà hợp.");
        x.Text.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
        x.Text.ShouldContain("Chiều 12/3/2024, đồng chí Đinh Tiến Dũng");
        x.Text.ShouldContain("hoà hợp"); // stored as written; only matching folds tone placement
        x.Text.ShouldNotContain("\r");
        x.People.ShouldHaveSingleItem().Name.ShouldBe("Đinh Tiến Dũng");
    }
}
