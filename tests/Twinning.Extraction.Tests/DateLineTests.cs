namespace Twinning.Extraction.Tests;

/// <summary>Date lines at the head of a page, and years taken from the published date or the text.</summary>
public sealed class DateLineTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("14:59 | 30/07/2017", 2017, 7, 30)]
    [InlineData("Thứ Ba, 05/11/2022", 2022, 11, 5)]
    [InlineData("Thứ bảy, 18/06/2016 07:26", 2016, 6, 18)]
    [InlineData("27/04/2012 - 14:35", 2012, 4, 27)]
    [InlineData("Cập nhật: 11:02 ngày 30/11/2022", 2022, 11, 30)]
    [InlineData(" date 2025-09-03 Danh mục", 2025, 9, 3)]
    [InlineData("Cập nhật lúc: 15:20, 12/05/2024", 2024, 5, 12)]
    public void A_date_line_at_the_head_is_the_published_date(string line, int y, int m, int d)
    {
        var x = Extractor.Extract(line + "\nHai tỉnh tăng cường hợp tác\nChiều 5/3, đoàn đại biểu tỉnh Sê Kông đã hội đàm với lãnh đạo tỉnh Quảng Nam.");
        x.Published!.Date.ShouldBe(new DateOnly(y, m, d));
    }

    [Fact]
    public void A_labelled_update_line_wins_over_the_site_header_date_above_it()
    {
        var x = Extractor.Extract("Thứ tư, 24/04/2024\nBắc Giang 24 °C\nChính trị\nĐoàn công tác thăm Xay Sổm Bun\nCập nhật: 11:02 ngày 30/11/2022\nTừ ngày 27 đến 29/11, đoàn công tác tỉnh Bắc Giang đã thăm và làm việc tại tỉnh Xay Sổm Bun.");
        x.Published!.Date.ShouldBe(new DateOnly(2022, 11, 30));
        var visit = x.Events.ShouldHaveSingleItem();
        (visit.Kind, visit.Date.Date, visit.EndDate!.Date).ShouldBe((EventKind.Visit, new DateOnly(2022, 11, 27), new DateOnly(2022, 11, 29)));
    }

    [Theory]
    [InlineData("Thứ Ba, 05/11/2022", 2022)]   // "chiều 5/3" before the published date in the same year
    [InlineData("Thứ Hai, 10/01/2022", 2021)]  // … or in the year before, when 5 March is still ahead
    public void A_day_and_month_take_the_year_of_the_published_date(string line, int year)
    {
        var x = Extractor.Extract(line + "\nChiều 5/3, đoàn đại biểu tỉnh Sê Kông đã hội đàm với lãnh đạo tỉnh Quảng Nam.");
        var talks = x.Events.ShouldHaveSingleItem();
        talks.Kind.ShouldBe(EventKind.Talks);
        talks.Date.Date.ShouldBe(new DateOnly(year, 3, 5));
        talks.Date.YearInferred.ShouldBeTrue();
    }

    [Fact]
    public void Without_a_published_date_the_end_of_a_reviewed_period_gives_the_year()
    {
        var x = Extractor.Extract("Ngày 25-12, hai tỉnh tổ chức hội đàm và ký kết biên bản hợp tác. Hai bên đánh giá kết quả hợp tác giữa hai tỉnh giai đoạn 2022-2024.");
        x.Events.Select(e => (e.Kind, e.Date.Date)).ShouldBe([(EventKind.Talks, new DateOnly(2024, 12, 25)), (EventKind.Signing, new DateOnly(2024, 12, 25))]);
    }

    [Fact]
    public void A_bracketed_date_after_a_treaty_is_no_event()
    {
        var x = Extractor.Extract("Chiều 11/7/2023, hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (18/7/1977), hai tỉnh tổ chức Lễ ký kết Biên bản hợp tác.");
        x.Events.ShouldAllBe(e => e.Date.Date.Year == 2023);
    }

    [Fact]
    public void Signing_as_a_purpose_is_no_signing_event()
    {
        var x = Extractor.Extract("Chiều ngày 27/6/2024, tại thành phố Đông Hà đã diễn ra Hội đàm giữa hai tỉnh để thảo luận, ký kết hợp tác giai đoạn 2024 - 2026.");
        x.Events.Select(e => e.Kind).ShouldBe([EventKind.Talks]);
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear, agreement.Signed).ShouldBe((2024, 2026, null));
    }

    [Theory]
    [InlineData("Ngày 21/3/2025, đoàn đại biểu tỉnh Sơn La đã đến thăm và hội đàm với lãnh đạo tỉnh Hủa Phăn.", new[] { EventKind.Talks, EventKind.Visit })]
    [InlineData("Ngày 26/4/2012, đoàn đại biểu tỉnh Savannakhet đã đến thăm và làm việc với lãnh đạo TP Cần Thơ.", new[] { EventKind.Meeting, EventKind.Visit })]
    [InlineData("Chiều 9/2/2026, Phó Chủ tịch UBND tỉnh tiếp đoàn đại biểu tỉnh Hủa Phăn sang thăm và chúc Tết.", new[] { EventKind.Meeting })]
    [InlineData("Chiều 4/4/2024, đoàn đại biểu tỉnh Hà Tĩnh đã đến chúc tết cổ truyền Bunpimay tỉnh Bolikhămxay.", new[] { EventKind.Meeting })]
    public void A_dated_trip_of_the_travelling_side_is_a_visit_but_a_hosts_reception_is_only_a_meeting(string text, EventKind[] kinds)
    {
        Extractor.Extract(text).Events.Select(e => e.Kind).ShouldBe(kinds);
    }
}
