namespace Twinning.Extraction.Tests.Hostile;

/// <summary>
/// Issue 9 item 8: hostile input is refused by its limits, with a reason for the person, before it costs
/// minutes or gigabytes. Speed and memory themselves are measured by benchmarks/ (never by a stopwatch here);
/// these tests check which limit refuses each input. A generous outer token (not an assertion on time)
/// makes a regression to quadratic work end as a failure instead of a hung run.
/// </summary>
public sealed class InputCostTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ArticleRejectedException Refusal(ArticleInput input)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return Should.Throw<ArticleRejectedException>(() => Extractor.Extract(input, guard.Token));
    }

    [Fact]
    public void Three_hundred_thousand_attributes_on_one_element_are_refused_before_parsing()
    {
        var e = Refusal(ArticleInput.FromText(HostileInputs.HtmlAttributesOnOneElement(), ArticleFormat.Html));
        e.Reason.ShouldBe(RejectionReason.TooComplex);
        e.Message.ShouldContain("one element of the web page holds more than 1,000 attributes");
    }

    [Fact]
    public void Three_hundred_thousand_attributes_on_many_elements_are_refused()
    {
        var e = Refusal(ArticleInput.FromText(HostileInputs.HtmlAttributesOnManyElements(), ArticleFormat.Html));
        e.Reason.ShouldBe(RejectionReason.TooComplex);
        e.Message.ShouldContain("the web page holds more than 60,000 attributes");
    }

    [Fact]
    public void Attributes_beyond_the_total_limit_are_refused_even_when_elements_are_few()
    {
        var html = HostileInputs.HtmlAttributesOnManyElements(count: 1_000);
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxHtmlAttributes = 500 });
        var e = Should.Throw<ArticleRejectedException>(() => extractor.Extract(ArticleInput.FromText(html, ArticleFormat.Html)));
        e.Reason.ShouldBe(RejectionReason.TooComplex);
        e.Message.ShouldContain("more than 500 attributes");
    }

    [Fact]
    public void A_page_of_a_million_elements_is_refused()
    {
        var e = Refusal(ArticleInput.FromText(HostileInputs.HtmlManyElements(), ArticleFormat.Html));
        e.Reason.ShouldBe(RejectionReason.TooComplex);
        e.Message.ShouldContain("more than 20,000 elements");
    }

    [Fact]
    public void Quoted_angle_brackets_and_attributes_of_a_real_page_stay_within_the_limits()
    {
        var html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-12T08:00:00\"></head><body>"
            + "<article class='main' data-x=\"a > b\" title='<b x=1>'><h1>Hà Nội và Viên Chăn</h1>"
            + "<p>Ngày 11/3/2024, đoàn đại biểu thành phố Hà Nội đã thăm Viên Chăn.</p></article></body></html>";
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxHtmlElements = 7, MaxHtmlAttributes = 5 });
        var x = extractor.Extract(ArticleInput.FromText(html, ArticleFormat.Html), TestContext.Current.CancellationToken);
        x.Text.ShouldContain("Viên Chăn");
        Should.Throw<ArticleRejectedException>(() => new ArticleExtractor(new ExtractionOptions { MaxHtmlElements = 6 })
            .Extract(ArticleInput.FromText(html, ArticleFormat.Html))).Reason.ShouldBe(RejectionReason.TooComplex);
    }

    [Fact]
    public void A_docx_that_unpacks_to_95_MB_is_stopped_by_the_decompressed_size_cap()
    {
        var bytes = HostileInputs.DocxBomb();
        bytes.Length.ShouldBeLessThan(200 * 1024);
        var e = Refusal(ArticleInput.FromBytes(bytes, ArticleFormat.Docx, "bomb.docx"));
        e.Reason.ShouldBe(RejectionReason.TooLarge);
        // Stopped while unpacking (the 16 MB cap), not after 95 MB were read and found too long as text.
        e.Message.ShouldContain("16 MB");
    }

    [Fact]
    public void A_docx_under_the_cap_stops_reading_at_the_article_text_limit()
    {
        var e = Refusal(ArticleInput.FromBytes(HostileInputs.DocxBomb(15), ArticleFormat.Docx, "big.docx"));
        e.Reason.ShouldBe(RejectionReason.TooLarge);
        e.Message.ShouldContain($"The Word document holds more than {InputLimits.DefaultMaxTextChars:N0} characters of text");
    }

    [Fact]
    public void A_docx_run_split_in_chunks_keeps_its_text_whole()
    {
        var text = "Ngày 11/3/2024, đoàn đại biểu Hà Nội thăm Viên Chăn. " + new string('x', 10_000) + " hết.";
        var x = Extractor.Extract(ArticleInput.FromBytes(Docx.WithParagraphs(text, "Đoạn hai."), ArticleFormat.Docx, "a.docx"), TestContext.Current.CancellationToken);
        x.Text.ShouldContain(text);
        x.Text.ShouldContain("Đoạn hai.");
    }

    [Fact]
    public void A_page_with_more_text_than_an_article_is_refused_before_parsing()
    {
        var e = Refusal(ArticleInput.FromText(HostileInputs.HtmlLongText(29), ArticleFormat.Html));
        e.Reason.ShouldBe(RejectionReason.TooLarge);
        e.Message.ShouldContain($"The web page holds more than {InputLimits.DefaultMaxTextChars:N0} characters of text");
    }

    [Fact]
    public void Scripts_and_styles_do_not_count_as_a_pages_text()
    {
        var html = "<html><head><script>" + new string('x', 5_000) + "</script><style>" + new string('y', 5_000) + "</style></head><body>"
            + "<p>Ngày 11/3/2024, đoàn đại biểu thành phố Hà Nội đã thăm Viên Chăn.</p></body></html>";
        var x = new ArticleExtractor(new ExtractionOptions { MaxTextChars = 1_000 }).Extract(ArticleInput.FromText(html, ArticleFormat.Html), TestContext.Current.CancellationToken);
        x.Text.ShouldContain("Viên Chăn");
        x.Text.ShouldNotContain("xxx");
    }

    [Fact]
    public void An_article_over_its_time_budget_is_refused_as_too_complex()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { TimeBudget = TimeSpan.Zero });
        var e = Should.Throw<ArticleRejectedException>(() => extractor.Extract(ArticleInput.FromText("Ngày 11/3/2024, đoàn đại biểu Hà Nội thăm Viên Chăn."), CancellationToken.None));
        e.Reason.ShouldBe(RejectionReason.TooComplex);
        e.Message.ShouldContain("longer than the 0 s allowed");
    }

    [Fact]
    public void Cancellation_by_the_caller_is_not_a_refusal()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => Extractor.Extract(ArticleInput.FromText("Ngày 11/3/2024, đoàn đại biểu Hà Nội thăm Viên Chăn."), cancelled.Token));
    }

    [Fact]
    public void Within_the_budget_an_ordinary_article_is_extracted()
    {
        var x = Extractor.Extract(ArticleInput.FromText("Ngày 11/3/2024, đoàn đại biểu thành phố Hà Nội đã thăm Viên Chăn."), CancellationToken.None);
        x.Text.ShouldContain("Viên Chăn");
    }
}
