namespace Twinning.Extraction.Tests;

/// <summary>
/// Articles written for these tests (not the seeds): other cities, people, dates and date forms, to
/// check that the rules generalise rather than fit the five seeds.
/// </summary>
public sealed class GeneralisationTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static (string Kind, string Date, string? End)[] Events(ArticleExtraction x) =>
        x.Events.Select(e => (e.Kind.ToString(), e.Date.Date.ToString("yyyy-MM-dd"), e.EndDate?.Date.ToString("yyyy-MM-dd"))).ToArray();

    [Fact]
    public void Hanoi_Vientiane_youth_exchange()
    {
        var x = Extractor.Extract(SharedFolder.Article("youth-exchange.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2025, 7, 22));
        Events(x).ShouldBe([("Visit", "2025-07-20", "2025-07-22"), ("Meeting", "2025-07-21", null), ("Signing", "2025-07-21", null), ("Ceremony", "2025-07-21", null)]);
        x.Events[0].Place.ShouldBe("Vientiane");
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([("Chu Hồng Minh", "VN"), ("Phonepaseuth Souliya", "LA")]);
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear, agreement.Signed!.Date).ShouldBe((2025, 2027, new DateOnly(2025, 7, 21)));
        x.Projects.Count.ShouldBe(2);
        x.Projects.ShouldContain(p => p.Name.Contains("50 bộ máy tính") && p.Status == ProjectStatus.Completed);
        x.Projects.ShouldContain(p => p.Name.StartsWith("Nhà văn hóa thanh niên hữu nghị"));
        x.Text.ShouldNotContain("Nguyễn Văn Bình"); // related news after "Tin liên quan"
        x.Text.ShouldNotContain("Thu Hà");          // byline
    }

    [Fact]
    public void Ho_Chi_Minh_City_delegation_in_Phnom_Penh()
    {
        var x = Extractor.Extract(SharedFolder.Article("hcmc-phnompenh.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2025, 3, 5));
        Events(x).ShouldBe([("Talks", "2025-03-05", null), ("Visit", "2025-03-04", "2025-03-06"), ("Signing", "2025-03-05", null)]);
        x.Events[0].Place.ShouldBe("Phnom Penh");
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([("Nguyễn Văn Nên", "VN"), ("Khuong Sreng", "KH"), ("Hun Manet", "KH")]);
        x.Agreements.ShouldHaveSingleItem().StartYear.ShouldBe(2025);
        x.Projects.ShouldContain(p => p.Name.Contains("Trung tâm đào tạo nghề hữu nghị") && p.Status == ProjectStatus.Proposed);
        x.Projects.ShouldContain(p => p.Name.Contains("Trường Tiểu học hữu nghị") && p.Status == ProjectStatus.Completed);
    }

    [Fact]
    public void Vientiane_delegation_in_Hanoi_with_formal_dotted_and_hyphenated_dates()
    {
        var x = Extractor.Extract(SharedFolder.Article("vientiane-in-hanoi.txt"));
        x.Published.ShouldBeNull();
        Events(x).ShouldBe([("Meeting", "2023-12-05", null), ("Conference", "2023-12-05", null), ("Ceremony", "2022-11-05", null)]);
        x.Events[0].Date.YearInferred.ShouldBeFalse();  // "ngày 05 tháng 12 năm 2023"
        x.Events[1].Date.YearInferred.ShouldBeTrue();   // "chiều 5.12"
        x.People.Select(p => p.Name).ShouldBe(["Đinh Tiến Dũng", "Athsaphangthong Siphandone", "Trần Sỹ Thanh"]);
        x.People[1].Titles.Select(t => t.Text).ShouldBe(["Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Đô trưởng Thủ đô Viêng Chăn"]);
        x.Projects.ShouldHaveSingleItem().Name.ShouldBe("dự án trụ sở Sở Tư pháp và Viện Kiểm sát nhân dân Thủ đô Viêng Chăn");
        x.Text.ShouldNotContain("Viết Thành");
        x.Text.ShouldNotContain("Lễ hội du lịch");
    }
}
