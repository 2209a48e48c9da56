using System.Text;

namespace Twinning.Extraction.Tests;

public sealed class InputFormatTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_saved_web_page_gives_its_article_without_scripts_menus_or_related_news()
    {
        const string html = """
            <!doctype html><html><head><title>Hà Nội - Viêng Chăn</title>
            <meta property="article:published_time" content="2024-03-12T18:00:00+07:00">
            <script>var s = "Ông Nguyễn Văn Giả, Bí thư Thành ủy"; alert(1)</script><style>p{}</style></head>
            <body><nav class="menu"><a>Trang chủ</a><a>Thế giới</a></nav>
            <div class="layout"><article>
              <h1>Đoàn đại biểu Thủ đô Hà Nội hội đàm với Thủ đô Viêng Chăn</h1>
              <p>Chiều 11/3, tại Thủ đô Viêng Chăn, đồng chí <b>Đinh Tiến Dũng</b>, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội đã hội đàm với đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn.</p>
              <p>Hai bên đánh giá cao kết quả thực hiện Biên bản thỏa thuận hợp tác giai đoạn 2022-2025.</p>
              <figure><img src="a.jpg"><figcaption>Quang cảnh hội đàm. Ảnh: Trịnh Dũng</figcaption></figure>
              <div class="related-news"><h3>Tin liên quan</h3><p>Ông Trần Văn Khác, Giám đốc Sở Y tế tiếp đoàn ngày 5/3.</p></div>
            </article></div>
            <div class="comment-box">Đăng nhập để bình luận</div><footer>© Báo</footer></body></html>
            """;
        var x = Extractor.Extract(ArticleInput.FromBytes(Encoding.UTF8.GetBytes(html), "page.html"), TestContext.Current.CancellationToken);
        x.Published!.Date.ShouldBe(new DateOnly(2024, 3, 12));
        x.People.Select(p => p.Name).ShouldBe(["Đinh Tiến Dũng", "Anouphap Tounalom"], ignoreOrder: true);
        x.Events.ShouldHaveSingleItem().Date.Date.ShouldBe(new DateOnly(2024, 3, 11));
        x.Agreements.ShouldHaveSingleItem().StartYear.ShouldBe(2022);
        x.Text.ShouldNotContain("alert");
        x.Text.ShouldNotContain("Trang chủ");
        x.Text.ShouldNotContain("Trần Văn Khác");
        x.Text.ShouldNotContain("Trịnh Dũng");
        x.Text.ShouldStartWith("Đoàn đại biểu Thủ đô Hà Nội hội đàm");
    }

    [Fact]
    public void Without_an_article_element_the_block_with_most_paragraph_text_is_taken()
    {
        const string html = """
            <html><body>
            <div id="top"><p>Trang chủ</p><p>Liên hệ quảng cáo</p></div>
            <div class="khung"><div class="noi-dung">
              <p>Sáng 5/9/2024, tại Hà Nội, đồng chí Trần Sỹ Thanh, Chủ tịch UBND thành phố Hà Nội đã tiếp Đại sứ Lào Khamphao Ernthavanh.</p>
              <p>Hai bên trao đổi về việc triển khai các nội dung hợp tác giữa Hà Nội và Thủ đô Viêng Chăn trong thời gian tới.</p>
              <p>Đại sứ Khamphao Ernthavanh cảm ơn sự quan tâm của thành phố Hà Nội dành cho cộng đồng người Lào tại Việt Nam.</p>
            </div></div>
            <div id="bottom"><p>Bản quyền thuộc về Báo</p></div>
            </body></html>
            """;
        var x = Extractor.Extract(ArticleInput.FromText(html, ArticleFormat.Html), TestContext.Current.CancellationToken);
        x.Text.ShouldStartWith("Sáng 5/9/2024");
        x.Text.ShouldNotContain("Trang chủ");
        x.Text.ShouldNotContain("Bản quyền");
        x.Events.ShouldHaveSingleItem().Place.ShouldBe("Hanoi");
        x.People.Select(p => p.Name).ShouldBe(["Trần Sỹ Thanh", "Khamphao Ernthavanh"]);
    }

    [Fact]
    public void A_word_document_is_read_paragraph_by_paragraph()
    {
        var bytes = Docx.WithParagraphs(
            "Hà Nội và Viêng Chăn ký kết hợp tác",
            "Ngày 4/4/2022, tại Viêng Chăn, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội và đồng chí Anouphap Tounalom, Bí thư Thành ủy Viêng Chăn đã ký kết Thỏa thuận hợp tác giai đoạn 2022-2025.");
        var x = Extractor.Extract(ArticleInput.FromBytes(bytes, "bai-bao.docx"), TestContext.Current.CancellationToken);
        x.Text.Split('\n').Length.ShouldBe(2);
        var signing = x.Events.ShouldHaveSingleItem();
        signing.Kind.ShouldBe(EventKind.Signing);
        signing.Place.ShouldBe("Vientiane");
        x.Agreements.ShouldHaveSingleItem().Signed!.Date.ShouldBe(new DateOnly(2022, 4, 4));
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_refused()
    {
        var e = Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(Encoding.UTF8.GetBytes("just text, renamed"), "fake.docx")));
        e.Reason.ShouldBe(RejectionReason.BadDocx);
        e.Message.ShouldContain("not a Word document");
    }

    [Fact]
    public void A_zip_without_a_document_or_with_broken_xml_is_refused()
    {
        Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(Docx.Package("<w:document"), "broken.docx"))).Reason.ShouldBe(RejectionReason.BadDocx);
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&b;</w:document>";
        Should.Throw<ArticleRejectedException>(() => Extractor.Extract(ArticleInput.FromBytes(Docx.Package(dtd), "entities.docx"))).Reason.ShouldBe(RejectionReason.BadDocx);
    }
}
