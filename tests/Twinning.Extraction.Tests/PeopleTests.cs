namespace Twinning.Extraction.Tests;

public sealed class PeopleTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_title_chain_before_the_name_is_split_at_commas()
    {
        var x = Extractor.Extract("Ngày 3/4/2023, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội TP Hà Nội Bùi Thị Minh Hoài đã tiếp đoàn.");
        var person = x.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Bùi Thị Minh Hoài");
        person.Side.ShouldBe("VN");
        person.Titles.Select(t => t.Text).ShouldBe(["Ủy viên Bộ Chính trị", "Bí thư Thành ủy", "Trưởng Đoàn đại biểu Quốc hội TP Hà Nội"]);
    }

    [Fact]
    public void An_appositive_after_an_honorific_name_gives_titles_and_a_Lao_side()
    {
        var x = Extractor.Extract("Ngày 9/5/2024, ông Saleumxay Kommasith, Ủy viên Bộ Chính trị, Phó Thủ tướng Lào đã tiếp đoàn Hà Nội.");
        var person = x.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Saleumxay Kommasith");
        person.Side.ShouldBe("LA");
        person.Titles.Select(t => t.Text).ShouldBe(["Ủy viên Bộ Chính trị", "Phó Thủ tướng Lào"]);
    }

    [Fact]
    public void A_group_title_before_a_colon_goes_to_each_name_until_the_semicolon()
    {
        var x = Extractor.Extract("Tham dự có các đồng chí Ủy viên Trung ương Đảng: Phó Bí thư Thành ủy Nguyễn Văn Phong, Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn; Giám đốc Sở Ngoại vụ Hà Nội Nguyễn Thị Hồng.");
        x.People.Select(p => p.Name).ShouldBe(["Nguyễn Văn Phong", "Nguyễn Ngọc Tuấn", "Nguyễn Thị Hồng"]);
        x.People[0].Titles.Select(t => t.Text).ShouldContain("Ủy viên Trung ương Đảng");
        x.People[1].Titles.Select(t => t.Text).ShouldContain("Ủy viên Trung ương Đảng");
        x.People[2].Titles.Select(t => t.Text).ShouldBe(["Giám đốc Sở Ngoại vụ Hà Nội"]);
    }

    [Fact]
    public void Bylines_and_photo_credits_are_not_actors()
    {
        var x = Extractor.Extract("Chiều 2/3/2024, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội đã tiếp Đại sứ Lào Khamphao Ernthavanh. Ảnh: Trịnh Dũng\nHai bên trao đổi về hợp tác.\nHoàng Phúc");
        x.People.Select(p => p.Name).ShouldBe(["Đinh Tiến Dũng", "Khamphao Ernthavanh"], ignoreOrder: true);
        x.Text.ShouldNotContain("Trịnh Dũng");
        x.Text.ShouldNotContain("Hoàng Phúc");
    }

    [Fact]
    public void Variant_spellings_of_a_Lao_name_become_aliases_of_one_person()
    {
        var x = Extractor.Extract("Ngày 27/1/2026, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thăm Hà Nội.\nĐồng chí Thongloun Sisoulith phát biểu.\nQuang cảnh buổi làm việc của Tổng Bí thư, Chủ tịch nước Lào Thongluon Sinsoulith.");
        var person = x.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Thongloun Sisoulith");
        person.Aliases.ShouldBe(["Thongluon Sinsoulith"]);
        person.Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void A_lexicon_entry_matched_by_alias_names_the_person_and_gives_its_id()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions
        {
            People = [new LexiconPerson("person-7", "Sinlavong Khoutphaythoune", ["Sinlavong Khutphaythoune", "Silavong Khoutphaythoun"], "LA")],
        });
        var x = extractor.Extract("Chiều 25/11/2017, ông Hoàng Trung Hải hội đàm với đồng chí Silavong Khoutphaythoun, Đô trưởng Vientiane.");
        var sinlavong = x.People.Single(p => p.LexiconId is not null);
        sinlavong.LexiconId.ShouldBe("person-7");
        sinlavong.Name.ShouldBe("Sinlavong Khoutphaythoune");
        sinlavong.Aliases.ShouldContain("Silavong Khoutphaythoun");
        x.People.Single(p => p.LexiconId is null).Name.ShouldBe("Hoàng Trung Hải");
    }

    [Fact]
    public void Tone_mark_placement_does_not_hide_a_title()
    {
        // "Uỷ viên" (old placement) is the same title as "Ủy viên".
        var x = Extractor.Extract("Ngày 1/6/2024, đồng chí Lê Văn C, Uỷ viên Bộ Chính trị, Bí thư Thành uỷ Hà Nội tiếp đoàn.");
        x.People.ShouldHaveSingleItem().Titles.Select(t => t.Text).ShouldBe(["Uỷ viên Bộ Chính trị", "Bí thư Thành uỷ Hà Nội"]);
    }

    [Fact]
    public void A_title_from_an_extra_vocabulary_file_is_recognised_without_a_release()
    {
        const string text = "Ngày 4/4/2024, Cố vấn cấp cao Phạm Văn D đã gặp đoàn Viêng Chăn.";
        new ArticleExtractor().Extract(text).People.ShouldBeEmpty();

        var file = Path.Combine(Path.GetTempPath(), $"vocab-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "titleHeads": ["Cố vấn cấp cao"] }""");
        try
        {
            var x = new ArticleExtractor(new ExtractionOptions { ExtraVocabularyFiles = [file] }).Extract(text);
            x.People.ShouldHaveSingleItem().Titles.ShouldHaveSingleItem().Text.ShouldBe("Cố vấn cấp cao");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Every_span_points_at_the_text_it_reports()
    {
        var x = new ArticleExtractor().Extract(SharedFolder.Article("youth-exchange.txt"));
        foreach (var p in x.People)
        {
            p.Mentions.ShouldNotBeEmpty();
            foreach (var m in p.Mentions) Text.TextFolding.Fold(x.Text.Substring(m.Start, m.Length)).ShouldBeOneOf(p.Aliases.Append(p.Name).Select(Text.TextFolding.Fold).ToArray());
            foreach (var t in p.Titles) x.Text.Substring(t.Span.Start, t.Span.Length).ShouldBe(t.Text);
        }
        foreach (var a in x.Agreements) x.Text.Substring(a.Span.Start, a.Span.Length).ShouldBe(a.Title);
        foreach (var e in x.Events) x.Text.Substring(e.Span.Start, e.Span.Length).ShouldContain(e.Date.Written.Length > 0 ? e.Date.Written : "");
    }
}
