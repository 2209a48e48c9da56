using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Sources;

namespace Twinning.Tests.Features.People;

/// <summary>One office worded differently by different articles is one post; different offices stay apart.</summary>
public sealed class PostGroupingTests
{
    private static readonly Organisation Party = new() { Id = 7 };
    private static readonly Organisation City = new() { Id = 8 };
    private static int _nextId = 100;

    private static Position At(string title, Organisation? organisation, int day, DateOnly? from = null, DateOnly? to = null) => new()
    {
        Id = Interlocked.Increment(ref _nextId), Title = title, Organisation = organisation, OrganisationId = organisation?.Id,
        AttestedOn = new DateOnly(2030, 1, day), From = from, To = to,
    };

    private static (List<Post> Posts, ILookup<int, Citation> Citations) Group(params Position[] positions)
    {
        // Each position is cited by its own article, in that article's wording.
        var citations = positions.Select((p, i) => new Citation { Id = 1000 + i, SourceId = 50 + i, RecordKind = RecordKind.Position, RecordId = p.Id, Quote = p.Title, Length = p.Title.Length })
            .ToLookup(c => c.RecordId);
        return (Post.Group(positions, citations), citations);
    }

    [Fact]
    public void A_title_and_the_same_title_with_its_party_named_are_one_post_keeping_both_wordings_as_citations()
    {
        var (posts, _) = Group(At("Tổng Bí thư", Party, 1), At("Tổng Bí thư Đảng Nhân dân Cách mạng Lào", Party, 20));

        var post = posts.ShouldHaveSingleItem();
        post.Wordings.ShouldBe(["Tổng Bí thư", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào"], ignoreOrder: true);
        post.Citations.Select(c => c.Quote).ShouldBe(post.Wordings, ignoreOrder: true);
        post.AttestedOn.ShouldBe([new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 20)]);
    }

    [Fact]
    public void Two_names_of_one_country_after_the_same_head_are_one_post()
    {
        var (posts, _) = Group(At("Chủ tịch nước Lào", City, 2), At("Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào", City, 3),
            At("Chủ tịch Hội đồng nhân dân Thủ đô Viêng Chăn", Party, 4), At("Chủ tịch Hội đồng Nhân dân Thủ đô Vientiane", Party, 5));
        posts.Count.ShouldBe(2);
        posts.ShouldAllBe(p => p.Citations.Count == 2);
    }

    [Fact]
    public void Different_offices_bodies_or_periods_stay_separate_posts()
    {
        var (posts, _) = Group(
            At("Phó Bí thư", Party, 1), At("Phó Bí thư Thường trực", Party, 2),          // a longer head is another office
            At("Chủ tịch", City, 3), At("Chủ tịch nước", City, 4),                       // chairman is not president
            At("Ủy viên Bộ Chính trị", null, 5), At("Ủy viên Trung ương Đảng", null, 6),   // two bodies, not one with and without
            At("Bí thư Thành ủy", Party, 7), At("Bí thư Thành ủy Hà Nội", City, 8));    // same wording, another organisation
        posts.Count.ShouldBe(8);

        var (terms, _) = Group(
            At("Tổng Bí thư", Party, 1, new DateOnly(2001, 1, 1), new DateOnly(2005, 12, 31)),
            At("Tổng Bí thư Đảng Nhân dân Cách mạng Lào", Party, 2, new DateOnly(2016, 1, 1), new DateOnly(2020, 12, 31)));
        terms.Count.ShouldBe(2, "two terms years apart are two posts");
    }

    [Fact]
    public void A_body_split_across_the_shared_words_still_groups()
    {
        var (posts, _) = Group(At("Bí thư Trung ương Đảng", Party, 1), At("Bí thư Trung ương Đảng Nhân dân Cách mạng Lào", Party, 2),
            At("Bí thư Thành ủy", City, 3), At("Bí thư Thành ủy Vientiane", City, 4));
        posts.Count.ShouldBe(2);
    }
}
