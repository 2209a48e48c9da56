namespace Twinning.Extraction.Tests;

/// <summary>Titles as head + body + place, lists introduced by a colon, and Lao names in Vietnamese-style syllables.</summary>
public sealed class TitleGrammarTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string[] Titles(ArticleExtraction x, string name) =>
        x.People.Single(p => p.Name == name || p.Aliases.Contains(name)).Titles.Select(t => t.Text).ToArray();

    [Fact]
    public void A_colon_list_of_name_dash_titles_gives_each_person_their_own_titles()
    {
        var x = Extractor.Extract("Chiều 5/3/2024, tiếp đoàn có các đồng chí: Lê Văn Hòa - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Tráng A Páo - Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.");
        x.People.Select(p => p.Name).ShouldBe(["Lê Văn Hòa", "Tráng A Páo"]);
        Titles(x, "Lê Văn Hòa").ShouldBe(["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]);
        Titles(x, "Tráng A Páo").ShouldBe(["Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]);
        x.People.ShouldAllBe(p => p.Side == "VN");
    }

    [Theory]
    [InlineData("Tỉnh trưởng tỉnh Chăm Pa Sắc")]
    [InlineData("Phó Bí thư Thường trực Tỉnh ủy")]
    [InlineData("Giám đốc Sở Ngoại vụ tỉnh Nghệ An")]
    [InlineData("Chủ tịch Ủy ban Chính quyền tỉnh Attapeu")]
    [InlineData("Chỉ huy trưởng Bộ CHQS tỉnh Hủa Phăn")]
    [InlineData("Trưởng đoàn đại biểu Quốc hội (ĐBQH) tỉnh Quảng Bình")]
    [InlineData("Ủy viên T.Ư Đảng")]
    public void Head_body_and_place_make_one_title(string title)
    {
        var x = Extractor.Extract($"Ngày 2/6/2023, đồng chí Khăm Pheng Xay Sổm Pheng, {title} đã phát biểu.");
        Titles(x, "Khăm Pheng Xay Sổm Pheng").ShouldBe([title]);
    }

    [Fact]
    public void A_bare_head_that_needs_a_body_is_no_title()
    {
        var x = Extractor.Extract("Ngày 2/6/2023, đoàn do đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy làm Trưởng đoàn đã đến thăm.");
        Titles(x, "Hoàng Văn Nam").ShouldBe(["Bí thư Tỉnh ủy"]);
    }

    [Fact]
    public void Titles_split_by_a_spaced_dash_are_two_titles()
    {
        var x = Extractor.Extract("Ngày 2/6/2023, đồng chí Kong Kẹo Sổng Kham - Bí thư – Tỉnh trưởng tỉnh Bô-ly-khăm-xay đón tiếp đoàn.");
        Titles(x, "Kong Kẹo Sổng Kham").ShouldBe(["Bí thư", "Tỉnh trưởng tỉnh Bô-ly-khăm-xay"]);
        x.People.Single().Side.ShouldBe("LA");
    }

    [Theory]
    [InlineData("Thoong-lun Xỉ-xu-lít", "Thongloun Sisoulith")]
    [InlineData("Khăm Pheng - Xay Sổm Pheng", "Khampheng Xaysompheng")]
    [InlineData("Bun-chồm U-bồn-pạ-sợt", "Bounchom Oubonpaseuth")]
    public void A_Lao_name_in_Vietnamese_syllables_is_joined_to_its_romanisation_in_the_same_text(string syllables, string romanised)
    {
        var x = Extractor.Extract($"Ngày 4/4/2024, đồng chí {syllables}, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông đã tiếp đoàn. Đồng chí {romanised} nhấn mạnh tình hữu nghị.");
        var person = x.People.ShouldHaveSingleItem();
        new[] { person.Name }.Concat(person.Aliases).ShouldBe([syllables, romanised], ignoreOrder: true);
        person.Side.ShouldBe("LA");
    }

    [Fact]
    public void A_Lao_name_in_syllables_is_joined_to_the_lexicon_romanisation()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { People = [new LexiconPerson("7", "Thongloun Sisoulith", [], "LA")] });
        var x = extractor.Extract("Ngày 4/4/2024, Tổng Bí thư, Chủ tịch nước Lào Thoong-lun Xỉ-xu-lít đã tiếp đoàn.");
        var person = x.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Thongloun Sisoulith");
        person.LexiconId.ShouldBe("7");
        person.Aliases.ShouldContain("Thoong-lun Xỉ-xu-lít");
    }

    [Fact]
    public void A_post_written_once_in_full_and_once_abbreviated_is_one_title()
    {
        var x = Extractor.Extract("Ngày 2/6/2023, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội (ĐBQH) tỉnh Quảng Bình Vũ Đại Thắng đã tiếp đoàn. Trưởng đoàn ĐBQH tỉnh Quảng Bình Vũ Đại Thắng nhấn mạnh tình hữu nghị.");
        Titles(x, "Vũ Đại Thắng").ShouldBe(["Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội (ĐBQH) tỉnh Quảng Bình"]);
    }
}
