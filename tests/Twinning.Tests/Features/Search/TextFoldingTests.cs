using Shouldly;
using Twinning.Features.Search;
using Xunit;

namespace Twinning.Tests.Features.Search;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Đinh Tiến Dũng", "dinh tien dung")]
    [InlineData("ĐINH TIẾN DŨNG", "dinh tien dung")]
    [InlineData("hoà", "hoa")]
    [InlineData("hòa", "hoa")]
    [InlineData("Thuỷ", "thuy")]
    [InlineData("Thủy", "thuy")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("Uỷ ban", "uy ban")]
    [InlineData("  Hà   Nội,\t(Việt Nam)  ", "ha noi viet nam")]
    public void Folding_ignores_case_diacritics_tone_placement_and_d_bar(string text, string expected) =>
        TextFolding.Fold(text).ShouldBe(expected);

    [Fact]
    public void Decomposed_and_composed_forms_fold_alike()
    {
        var composed = "Nguyễn Phú Trọng";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);
        TextFolding.Fold(decomposed).ShouldBe(TextFolding.Fold(composed));
    }

    [Fact]
    public void Lao_keeps_its_vowels_and_tone_marks()
    {
        const string vientiane = "ນະຄອນຫຼວງວຽງຈັນ";
        var folded = TextFolding.Fold(vientiane);
        folded.Length.ShouldBe(vientiane.Length);
        folded.ShouldContain("\u0EBD"); // the semivowel sign, a combining mark that Latin folding would drop
    }

    [Fact]
    public void Lao_full_lo_and_subscript_lo_spellings_fold_alike() =>
        TextFolding.Fold("ນະຄອນຫລວງ").ShouldBe(TextFolding.Fold("ນະຄອນຫຼວງ"));

    [Fact]
    public void Lao_compatibility_letters_fold_alike() =>
        TextFolding.Fold("\u0EDC").ShouldBe(TextFolding.Fold("\u0EAB\u0E99")); // ໜ = ຫນ

    [Fact]
    public void Zero_width_spaces_are_not_part_of_the_key() =>
        TextFolding.Fold("ທອງ\u200Bລຸນ").ShouldBe(TextFolding.Fold("ທອງລຸນ"));

    [Fact]
    public void Lao_digits_fold_to_ascii_digits() =>
        TextFolding.Fold("໒໐໒໖").ShouldBe("2026");

    [Theory]
    [InlineData("Thongluon Sinsoulith", "Thongloun Sisoulith")]
    [InlineData("Silavong Khoutphaythoun", "Sinlavong Khoutphaythoune")]
    [InlineData("Khountphaythoune", "Khutphaythoune")]
    [InlineData("Vilay Lakhamfong", "Vilay Lakhamphong")]
    [InlineData("Thongsavanh Phimvihane", "Thongsavanh Phomvihane")]
    [InlineData("Xaysomphone", "Saysomphone")]
    [InlineData("Anouphab Tounalom", "Anouphap Tounalom")]
    [InlineData("Atsaphangthong Siphandone", "Athsaphangthong Siphandone")]
    public void Variant_romanisations_of_lao_names_share_a_phonetic_key(string variant, string canonical) =>
        TextFolding.Phonetic(variant).ShouldBe(TextFolding.Phonetic(canonical));

    [Theory]
    [InlineData("Thongloun Sisoulith", "Tô Lâm")]
    [InlineData("Anouphap Tounalom", "Athsaphangthong Siphandone")]
    public void Different_names_keep_different_phonetic_keys(string a, string b) =>
        TextFolding.Phonetic(a).ShouldNotBe(TextFolding.Phonetic(b));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("…!?")]
    public void Blank_or_punctuation_only_text_folds_to_nothing(string? text)
    {
        TextFolding.Fold(text).ShouldBe("");
        TextFolding.Phonetic(text).ShouldBe("");
    }
}

public sealed class IndexFoldingTests
{
    [Theory]
    [InlineData("ນະຄອນຫຼວງ ວຽງຈັນ", "ນະຄອນຫຼວງວຽງຈັນ")] // spaces between Lao words are not part of the key
    [InlineData("ຫຼວງນ້ຳທາ", "ຫຼວງນຳທາ")] // tone mark
    [InlineData("ຫຼວງນ\u0ECD\u0EC9າທາ", "ຫຼວງນ້ຳທາ")] // tone typed before the vowel sign
    [InlineData("ຫລວງນ້ຳທາ", "ຫຼວງນ້ຳທາ")] // full lo for subscript lo
    [InlineData("ເເຂວງ", "ແຂວງ")] // two e-signs typed for ແ
    [InlineData("ໃຈ", "ໄຈ")] // the two "ai" letters
    [InlineData("Viêng Chăn", "vieng chan")]
    public void Lao_spelling_variants_fold_to_one_key(string variant, string canonical) =>
        TextFolding.ForIndex(variant).ShouldBe(TextFolding.ForIndex(canonical));

    [Fact]
    public void Spaces_between_latin_words_and_between_scripts_stay() =>
        TextFolding.ForIndex("Thongloun ທອງລຸນ ສີສຸລິດ Sisoulith").ShouldBe("thongloun ທອງລຸນສີສຸລິດ sisoulith");

    [Fact]
    public void Different_lao_words_keep_different_keys() =>
        TextFolding.ForIndex("ຫຼວງພະບາງ").ShouldNotBe(TextFolding.ForIndex("ຫຼວງນ້ຳທາ"));
}
