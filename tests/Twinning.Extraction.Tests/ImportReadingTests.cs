using Twinning.Extraction;

namespace Twinning.Extraction.Tests;

/// <summary>
/// What the extractor reads for an import beyond the scored fields, on the articles written for no rule: the
/// delegation's trip and its direction, the verb's meeting style, an agency's memorandum, programmes and gifts,
/// and the places an article names most.
/// </summary>
public sealed class ImportReadingTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("vientiane-in-hanoi.txt", "LA", "VN")]
    [InlineData("youth-exchange.txt", "VN", "LA")]
    [InlineData("quangtri-savannakhet.txt", "VN", "LA")]
    public void A_delegations_trip_is_read_from_its_side_to_the_host(string article, string from, string to)
    {
        var x = Extractor.Extract(SharedFolder.Article(article));
        x.Trips.ShouldNotBeEmpty();
        var trip = x.Trips[0];
        trip.FromCountry.ShouldBe(from);
        trip.To.ShouldNotBeNull().Country.ShouldBe(to);
        x.Events.ShouldAllBe(e => e.Trip != null, "every event of the article belongs to the delegation it tells");
    }

    [Fact]
    public void A_meeting_takes_its_style_from_its_verb()
    {
        Extractor.Extract(SharedFolder.Article("vientiane-in-hanoi.txt")).Events.First(e => e.Kind == EventKind.Meeting).Style.ShouldBe("reception");
        Extractor.Extract(SharedFolder.Article("youth-exchange.txt")).Events.First(e => e.Kind == EventKind.Meeting).Style.ShouldBe("workingSession");
        Extractor.Extract(SharedFolder.Article("police-hanoi-vientiane-review.txt")).Events.First(e => e.Kind == EventKind.Meeting).Style.ShouldBe("courtesyCall");
    }

    [Theory]
    [InlineData("police-champasak.txt", "Công an")]
    [InlineData("police-hanoi-vientiane-review.txt", "Công an")]
    [InlineData("youth-exchange.txt", "Thành đoàn")]
    public void An_agencys_memorandum_names_its_agency(string article, string head)
    {
        var agreement = Extractor.Extract(SharedFolder.Article(article)).Agreements.ShouldHaveSingleItem();
        agreement.Agency.ShouldNotBeNull().ShouldStartWith(head);
    }

    [Fact]
    public void The_cities_own_agreement_is_no_agencys()
    {
        Extractor.Extract(SharedFolder.Article("quangtri-savannakhet.txt")).Agreements.ShouldAllBe(a => a.Agency == null);
    }

    [Fact]
    public void Scholarships_training_and_gifts_are_told_apart_from_works()
    {
        var x = Extractor.Extract(SharedFolder.Article("youth-exchange.txt"));
        x.Projects.ShouldContain(p => p.IsDonation && p.Name.Contains("máy tính"));
        x.Projects.ShouldContain(p => !p.IsDonation && p.Programme == null && p.Name.StartsWith("Nhà văn hóa"));
        Extractor.Extract(SharedFolder.Article("quangtri-savannakhet.txt")).Projects.ShouldContain(p => p.Programme == "scholarship");
        var training = Extractor.Extract("Ngày 4/5/2024, Sở Nội vụ Hà Nội mở lớp bồi dưỡng nghiệp vụ cho 40 cán bộ Thủ đô Viêng Chăn.");
        training.Programmes.ShouldHaveSingleItem().Programme.ShouldBe("cadreTraining");
        training.Projects.ShouldBeEmpty("a programme is not scored as a project");
    }

    [Fact]
    public void The_places_an_article_names_most_come_first()
    {
        var x = Extractor.Extract(SharedFolder.Article("nghean-xiengkhouang.txt"));
        x.Places.Take(2).Select(p => p.Place.English).ShouldBe(["Xieng Khouang", "Nghe An"], ignoreOrder: true);
        x.Places.ShouldAllBe(p => !p.Place.IsCountry);
    }

    [Theory]
    [InlineData("Viêng Chăn", "Vientiane")]
    [InlineData("ວຽງຈັນ", "Vientiane")]
    [InlineData("TP Hà Nội", "Hanoi")]
    [InlineData("tỉnh Chăm Pa Sắc", "Champasak")]
    public void A_place_is_found_however_it_is_spelt(string name, string english) =>
        Vocabulary.ExtractionVocabulary.Default.PlaceNamed(name).ShouldNotBeNull().English.ShouldBe(english);

    [Fact]
    public void A_bodys_key_ignores_abbreviation_and_spelling_of_its_place()
    {
        var v = Vocabulary.ExtractionVocabulary.Default;
        v.OrganisationKey("UBND tỉnh Chăm Pa Sắc").ShouldBe(v.OrganisationKey("Ủy ban nhân dân Champasak"));
        v.OrganisationKey("Thành ủy Viêng Chăn").ShouldBe(v.OrganisationKey("Thành ủy Vientiane"));
        v.OrganisationKey("Thành ủy Hà Nội").ShouldNotBe(v.OrganisationKey("Thành ủy Vientiane"));
    }
}
