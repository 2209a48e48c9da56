using Twinning.Extraction.Text;

namespace Twinning.Extraction.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Uỷ", "Ủy")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("HÒA", "hoà")]
    public void Tone_key_ignores_where_the_tone_mark_sits(string a, string b) => ToneKey.Of(a).ShouldBe(ToneKey.Of(b));

    [Theory]
    [InlineData("thăm", "tham")]
    [InlineData("thăm", "thắm")]
    [InlineData("lễ", "Lê")]
    [InlineData("ký", "ky")]
    public void Tone_key_keeps_letters_and_tones_apart(string a, string b) => ToneKey.Of(a).ShouldNotBe(ToneKey.Of(b));

    [Fact]
    public void Tone_key_of_decomposed_text_equals_that_of_composed_text()
    {
        var composed = "Nguyễn Phú Trọng";
        ToneKey.OfPhrase(composed.Normalize(System.Text.NormalizationForm.FormD)).ShouldBe(ToneKey.OfPhrase(composed));
    }

    [Fact]
    public void Quote_and_dash_variants_share_a_key_but_keep_their_text()
    {
        var tokens = Tokenizer.Tokenize("“cầu nối” – «x» ‘y’");
        tokens.Where(t => t.Kind == TokenKind.Punct).Select(t => t.Key).ShouldBe(["\"", "\"", "-", "\"", "\"", "'", "'"]);
        tokens[0].Text.ShouldBe("“");
    }

    [Fact]
    public void An_agreement_period_written_with_an_em_dash_is_read()
    {
        var x = new ArticleExtractor().Extract("Hai bên đánh giá kết quả thực hiện Thỏa thuận hợp tác giai đoạn 2022 — 2025 giữa hai thủ đô.");
        var agreement = x.Agreements.ShouldHaveSingleItem();
        (agreement.StartYear, agreement.EndYear).ShouldBe((2022, 2025));
    }

    [Fact]
    public void Folding_for_search_maps_d_stroke_and_drops_marks_only_for_Latin_script()
    {
        TextFolding.Fold("Đinh Tiến Dũng").ShouldBe("dinh tien dung");
        TextFolding.Fold("ນະຄອນຫຼວງ").ShouldBe(TextFolding.Fold("ນະຄອນຫລວງ")); // Lao spelling variants meet
        TextFolding.Phonetic("Thongluon Sinsoulith").ShouldBe(TextFolding.Phonetic("Thongloun Sisoulith"));
    }

    [Fact]
    public void A_programme_named_in_quotes_is_a_project_with_its_name()
    {
        var x = new ArticleExtractor().Extract("Sáng 25/7/2024, Chương trình “Ánh sáng hữu nghị” do Thành đoàn Hà Nội tài trợ đã trao 100 suất học bổng cho học sinh Viêng Chăn.");
        x.Projects.Select(p => p.Name).ShouldContain("Chương trình “Ánh sáng hữu nghị”");
    }

    [Fact]
    public void Lao_script_and_text_without_facts_give_an_empty_result_not_an_error()
    {
        var x = new ArticleExtractor().Extract("ນະຄອນຫຼວງວຽງຈັນ ແລະ ນະຄອນຫຼວງຮ່າໂນ້ຍ ເພີ່ມທະວີການຮ່ວມມື\nHai bên nhất trí tăng cường hợp tác.");
        x.Text.ShouldStartWith("ນະຄອນຫຼວງ");
        (x.Events.Count + x.People.Count + x.Agreements.Count + x.Projects.Count).ShouldBe(0);
    }
}
