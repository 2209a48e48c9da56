using Twinning.Extraction.Rules;

namespace Twinning.Extraction.Tests;

public sealed class DateTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("chiều 12/3", 12, 3, null)]
    [InlineData("ngày 26/1/2026", 26, 1, 2026)]
    [InlineData("Chiều 13.11", 13, 11, null)]
    [InlineData("ngày 17-7-2024", 17, 7, 2024)]
    [InlineData("ngày 05 tháng 3 năm 2020", 5, 3, 2020)]
    [InlineData("chiều nay (17/09)", 17, 9, null)]
    public void Single_date_forms_are_read_day_first(string text, int day, int month, int? year)
    {
        var mention = DateFinder.Find(text).ShouldHaveSingleItem();
        (mention.Day, mention.Month, mention.Year).ShouldBe((day, month, year));
        mention.IsRange.ShouldBeFalse();
    }

    [Theory]
    [InlineData("từ ngày 11 đến 12/3", 11, 3, 12, 3)]
    [InlineData("từ ngày 13 đến ngày 17/3/2017", 13, 3, 17, 3)]
    [InlineData("từ ngày 30/11 đến 2/12", 30, 11, 2, 12)]
    public void Ranges_share_the_month_of_their_end(string text, int day, int month, int endDay, int endMonth)
    {
        var mention = DateFinder.Find(text).ShouldHaveSingleItem();
        (mention.Day, mention.Month, mention.EndDay, mention.EndMonth).ShouldBe((day, month, (int?)endDay, (int?)endMonth));
    }

    [Theory]
    [InlineData("khu đất rộng 2.5 ha")]
    [InlineData("giai đoạn 2022-2025")]
    [InlineData("từ tháng 4/2022 đến nay")]
    [InlineData("hỗ trợ từ 10 - 20 học sinh")]
    [InlineData("ngày 31/2")]
    public void Numbers_that_are_not_dates_are_ignored(string text) => DateFinder.Find(text).ShouldBeEmpty();

    [Fact]
    public void Year_comes_from_the_publication_date_and_is_marked_inferred()
    {
        var x = Extractor.Extract("Cập nhật: 10/01/2025\nChiều 28/12, đồng chí Nguyễn Văn A, Bí thư Thành ủy Hà Nội đã hội đàm với đoàn đại biểu Viêng Chăn.");
        x.Published!.Date.ShouldBe(new DateOnly(2025, 1, 10));
        var talks = x.Events.ShouldHaveSingleItem();
        talks.Kind.ShouldBe(EventKind.Talks);
        talks.Date.Date.ShouldBe(new DateOnly(2024, 12, 28)); // the nearest 28/12 on or before publication
        talks.Date.YearInferred.ShouldBeTrue();
    }

    [Fact]
    public void A_future_visit_takes_the_next_such_day()
    {
        var x = Extractor.Extract("Cập nhật: 20/11/2025\nĐoàn đại biểu Thủ đô Hà Nội sẽ thăm Lào từ ngày 24 đến 26-11 theo lời mời của phía bạn.");
        var visit = x.Events.ShouldHaveSingleItem();
        visit.Kind.ShouldBe(EventKind.Visit);
        visit.Date.Date.ShouldBe(new DateOnly(2025, 11, 24));
        visit.EndDate!.Date.ShouldBe(new DateOnly(2025, 11, 26));
    }

    [Fact]
    public void Without_a_publication_date_an_anniversary_number_gives_the_year()
    {
        var x = Extractor.Extract("Sáng 5/9, Thành ủy Hà Nội tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.");
        x.Published.ShouldBeNull();
        var ceremony = x.Events.ShouldHaveSingleItem();
        ceremony.Kind.ShouldBe(EventKind.Ceremony);
        ceremony.Date.Date.ShouldBe(new DateOnly(2022, 9, 5));
        ceremony.Date.YearInferred.ShouldBeTrue();
    }

    [Fact]
    public void Without_a_publication_date_the_latest_stated_year_is_used_not_a_period_end()
    {
        var x = Extractor.Extract("Chiều 12/3, đồng chí Trần Văn B, Chủ tịch UBND thành phố Hà Nội đã hội đàm với đoàn Viêng Chăn về Thỏa thuận hợp tác giai đoạn 2023-2026 và Năm Du lịch 2024.");
        x.Events.ShouldHaveSingleItem().Date.Date.ShouldBe(new DateOnly(2024, 3, 12));
    }

    [Fact]
    public void An_explicit_year_is_not_marked_inferred()
    {
        var x = Extractor.Extract("Ngày 26/1/2026, đồng chí Nguyễn Duy Ngọc, Bí thư Thành ủy Hà Nội đã ký kết Biên bản thỏa thuận hợp tác giai đoạn 2026-2030.");
        var signing = x.Events.ShouldHaveSingleItem();
        signing.Kind.ShouldBe(EventKind.Signing);
        signing.Date.YearInferred.ShouldBeFalse();
        x.Agreements.ShouldHaveSingleItem().Signed!.Date.ShouldBe(new DateOnly(2026, 1, 26));
    }
}
