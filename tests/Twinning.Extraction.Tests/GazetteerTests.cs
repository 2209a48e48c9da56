using Twinning.Extraction.Rules;
using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Tests;

/// <summary>The gazetteer of Vietnamese and Lao provinces: one place whatever script or spelling the text uses.</summary>
public sealed class GazetteerTests
{
    private static PlaceEntry? Lookup(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return ExtractionVocabulary.Default.Places.TryMatch(tokens, 0, out var len, out var place) && len == tokens.Count ? place : null;
    }

    [Theory]
    [InlineData("Viêng Chăn", "Vientiane")]
    [InlineData("Vientiane", "Vientiane")]
    [InlineData("ວຽງຈັນ", "Vientiane")]
    [InlineData("Chăm Pa Sắc", "Champasak")]
    [InlineData("Champasak", "Champasak")]
    [InlineData("ຈຳປາສັກ", "Champasak")]
    [InlineData("Xiêng Khoảng", "Xieng Khouang")]
    [InlineData("Xieng Khouang", "Xieng Khouang")]
    [InlineData("Xiengkhuang", "Xieng Khouang")]
    [InlineData("ຊຽງຂວາງ", "Xieng Khouang")]
    [InlineData("Hủa Phăn", "Houaphanh")]
    [InlineData("Sạ-vẳn-na-khệt", "Savannakhet")]
    [InlineData("ສະຫວັນນະເຂດ", "Savannakhet")]
    [InlineData("Luông Pha Bang", "Luang Prabang")]
    [InlineData("Sê Kông", "Sekong")]
    [InlineData("U Đôm Xay", "Oudomxay")]
    [InlineData("Xay Sổm Bun", "Xaisomboun")]
    public void Lao_provinces_are_found_in_Vietnamese_English_and_Lao_script(string written, string english)
    {
        var place = Lookup(written).ShouldNotBeNull(written);
        place.English.ShouldBe(english);
        place.Country.ShouldBe("LA");
    }

    [Theory]
    [InlineData("Quảng Trị", "Quang Tri")]
    [InlineData("Kon Tum", "Kon Tum")]
    [InlineData("Vĩnh Long", "Vinh Long")]
    [InlineData("Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau")]
    [InlineData("Thừa Thiên Huế", "Hue")]
    [InlineData("Đắk Lắk", "Dak Lak")]
    [InlineData("Thanh Hoá", "Thanh Hoa")] // tone mark on the other vowel
    public void Vietnamese_provinces_are_found_with_either_tone_placement(string written, string english)
    {
        var place = Lookup(written).ShouldNotBeNull(written);
        place.English.ShouldBe(english);
        place.Country.ShouldBe("VN");
    }

    [Fact]
    public void Every_Lao_province_and_every_Vietnamese_province_of_the_63_is_in_the_gazetteer()
    {
        var places = ExtractionVocabulary.Default.Data.Places;
        places.Count(p => p.Country == "LA" && p.Kind != "country" && p.English is not "Pakse" and not "Sam Neua" and not "Thakhek").ShouldBe(18);
        places.Count(p => p.Country == "VN" && p.Kind is "province" or "city").ShouldBeGreaterThanOrEqualTo(63);
        // Every Lao province has a Vietnamese, an English and a Lao-script spelling.
        foreach (var p in places.Where(p => p.Country == "LA" && p.Kind == "province"))
            p.Names.Any(n => n.Any(c => c >= '\u0E80' && c <= '\u0EFF')).ShouldBeTrue(p.English);
    }

    [Fact]
    public void A_province_name_before_a_Lao_name_is_not_taken_as_part_of_the_name()
    {
        var x = new ArticleExtractor().Extract("Về phía tỉnh Salavan có Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Salavan Pa-đơm-phôn Sổn-tha-ni.");
        var person = x.People.ShouldHaveSingleItem();
        person.Name.ShouldBe("Pa-đơm-phôn Sổn-tha-ni");
        person.Side.ShouldBe("LA");
        person.Titles.Select(t => t.Text).ShouldBe(["Phó Bí thư Tỉnh ủy", "Phó Tỉnh trưởng tỉnh Salavan"]);
    }
}
