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

    [Fact]
    public void Lao_vice_president_in_Hanoi_with_a_range_across_months_an_anniversary_bracket_and_a_future_conference()
    {
        var x = Extractor.Extract(SharedFolder.Article("lao-vice-president.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2025, 12, 4)); // "09:43 | 04/12/2025 GMT+7"
        Events(x).ShouldBe([
            ("Meeting", "2025-12-03", null), ("Visit", "2025-11-30", "2025-12-05"), ("Signing", "2025-12-03", null),
            ("Ceremony", "2025-12-03", null), ("Conference", "2026-01-20", null)]); // "(2/12/1975 - 2/12/2025)" is no event; "sẽ … 20/1" is next January
        x.Events[^1].Place.ShouldBe("Luang Prabang");
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([("Võ Thị Ánh Xuân", "VN"), ("Pany Yathotou", "LA"), ("Nguyễn Thị Thanh", "VN")]);
        x.People[0].Titles.Select(t => t.Text).ShouldBe(["Phó Chủ tịch nước"]); // "Phủ Chủ tịch" is a building
        x.Agreements.ShouldHaveSingleItem().Title.ShouldBe("Bản ghi nhớ về hợp tác trong lĩnh vực y tế giữa hai nước");
    }

    [Fact]
    public void Inauguration_in_Vientiane_with_transliterated_names_former_titles_and_a_donation()
    {
        var x = Extractor.Extract(SharedFolder.Article("inauguration.txt"));
        Events(x).ShouldBe([("Ceremony", "2024-03-12", null), ("Meeting", "2024-03-11", null)]);
        var names = x.People.ToDictionary(p => p.Name);
        names["Hà Minh Hải"].Titles.Single().Text.ShouldBe("Phó Chủ tịch UBND TP Hà Nội"); // a surname right after "Hà Nội"
        names["Nguyễn Bá Hùng"].Side.ShouldBe("VN"); // "Đại sứ Việt Nam tại Lào"
        names["Xổm-xạ-vạt Lềnh-xạ-vẳn"].Titles.Single().Text.ShouldBe("nguyên Phó Thủ tướng Lào");
        names["Sonexay Siphandone"].Side.ShouldBe("LA");
        x.Projects.ShouldContain(p => p.Name.StartsWith("trụ sở Sở Tư pháp"));
        x.Projects.ShouldContain(p => p.Name.Contains("10 xe cứu thương"));
        x.Text.ShouldNotContain("Minh Châu");
    }

    [Fact]
    public void Quang_Tri_delegation_in_Savannakhet_with_a_weekday_date_line_and_a_colon_list_of_Lao_names()
    {
        var x = Extractor.Extract(SharedFolder.Article("quangtri-savannakhet.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2024, 11, 5)); // "Thứ Ba, 05/11/2024"
        Events(x).ShouldBe([("Talks", "2024-11-04", null), ("Visit", "2024-11-04", null), ("Signing", "2024-11-04", null)]);
        x.Events[0].Place.ShouldBe("Savannakhet"); // "tại thành phố Khanthabouly, tỉnh Xa-vẳn-na-khệt"
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([
            ("Nguyễn Long Hải", "VN"), ("Sạ-vẳn-phon Phôm-vi-hản", "LA"), ("Khăm-phơi Xỉ-la-vông", "LA"), ("Võ Văn Hưng", "VN"), ("Lê Quang Minh", "VN")]);
        x.People[1].Titles.Select(t => t.Text).ShouldBe(["Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Xa-vẳn-na-khệt"]);
        x.People[4].Titles.Select(t => t.Text).ShouldBe(["Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]);
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear, agreement.Signed!.Date).ShouldBe((2025, 2027, new DateOnly(2024, 11, 4)));
        x.Projects.ShouldHaveSingleItem().Name.ShouldContain("200 suất học bổng");
    }

    [Fact]
    public void Nghe_An_receives_Xieng_Khouang_with_a_time_date_line_Lao_script_and_a_name_in_Vietnamese_syllables()
    {
        var x = Extractor.Extract(SharedFolder.Article("nghean-xiengkhouang.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2017, 7, 30)); // "14:59 | 30/07/2017"
        Events(x).ShouldBe([("Meeting", "2017-07-28", null), ("Conference", "2017-09-15", null)]); // "sẽ tổ chức hội thảo … 15/9": later that year
        var guest = x.People.Single(p => p.Side == "LA");
        guest.Name.ShouldBe("Thoong-lun Xỉ-xu-lít");
        guest.Aliases.ShouldBe(["Thongloun Sisoulith"]);
        guest.Titles.Select(t => t.Text).ShouldBe(["Phó Tỉnh trưởng tỉnh Xiêng Khoảng"]);
        x.People.ShouldNotContain(p => p.Name.Contains("Thanh Hà")); // byline
        x.Projects.ShouldHaveSingleItem().Name.ShouldBe("Trường Phổ thông dân tộc nội trú huyện Noọng Hét");
    }

    [Fact]
    public void Police_memorandum_in_Champasak_written_two_ways_with_colonels()
    {
        var x = Extractor.Extract(SharedFolder.Article("police-champasak.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2023, 3, 12)); // "Cập nhật: 08:30 ngày 12/03/2023"
        Events(x).ShouldBe([("Signing", "2023-03-11", null), ("Meeting", "2023-03-11", null)]); // "sáng cùng ngày"
        x.Events[0].Place.ShouldBe("Pakse");
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([("Nguyễn Thanh Tuấn", "VN"), ("Khăm-sẻn Phôm-ma-chăn", "LA")]);
        x.People[1].Titles.Select(t => t.Text).ShouldBe(["Đại tá", "Giám đốc Công an tỉnh Champasak"]);
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear, agreement.Signed!.Date).ShouldBe((2023, 2028, new DateOnly(2023, 3, 11)));
    }

    [Fact]
    public void Review_conference_of_a_police_memorandum_signed_years_before()
    {
        var x = Extractor.Extract(SharedFolder.Article("police-hanoi-vientiane-review.txt"));
        x.Published!.Date.ShouldBe(new DateOnly(2024, 3, 8)); // "Thứ Sáu, 08/03/2024 10:15"
        Events(x).ShouldBe([("Conference", "2024-03-07", null), ("Signing", "2021-04-15", null), ("Meeting", "2024-03-06", null)]); // "được ký ngày 15/4/2021"
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear, agreement.Signed!.Date).ShouldBe((2021, 2025, new DateOnly(2021, 4, 15)));
        x.People.Select(p => (p.Name, p.Side)).ShouldBe([("Nguyễn Hải Trung", "VN"), ("Vilay Lakhamphong", "LA"), ("Athsaphangthong Siphandone", "LA")]);
        x.People[1].Titles.Select(t => t.Text).ShouldBe(["Thiếu tướng", "Bộ trưởng Bộ An ninh Lào"]);
        x.Projects.ShouldHaveSingleItem().Name.ShouldContain("10 xe ô tô");
    }
}
