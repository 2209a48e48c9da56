using Microsoft.EntityFrameworkCore;
using Twinning.Features.Sources;

namespace Twinning.Tests.SeedData;

/// <summary>Every fact of the bundled dataset points at the words of a source that state it.</summary>
public sealed class DatasetCitationTests(LoadedDataset dataset) : IClassFixture<LoadedDataset>
{
    [Fact]
    public async Task Every_citation_quote_stands_at_its_offsets_in_the_source_text()
    {
        await using var db = dataset.NewContext();
        var citations = await db.Citations.AsNoTracking().Include(c => c.Source).ToListAsync(TestContext.Current.CancellationToken);
        citations.Count.ShouldBeGreaterThan(100);
        foreach (var c in citations)
        {
            (c.Start + c.Length).ShouldBeLessThanOrEqualTo(c.Source!.FullText.Length);
            c.Source.FullText.Substring(c.Start, c.Length).ShouldBe(c.Quote, $"citation {c.Id} of {c.RecordKind} {c.RecordId}");
        }
    }

    [Fact]
    public async Task Every_record_cites_at_least_one_source()
    {
        await using var db = dataset.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var cited = (await db.Citations.AsNoTracking().Select(c => new { c.RecordKind, c.RecordId }).ToListAsync(ct))
            .Select(c => (c.RecordKind, c.RecordId)).ToHashSet();

        async Task AllCited(RecordKind kind, IQueryable<int> ids)
        {
            var uncited = (await ids.ToListAsync(ct)).Where(id => !cited.Contains((kind, id))).ToList();
            uncited.ShouldBeEmpty($"{kind} records without a citation");
        }

        await AllCited(RecordKind.Person, db.People.Select(p => p.Id));
        await AllCited(RecordKind.Position, db.Positions.Select(p => p.Id));
        await AllCited(RecordKind.Organisation, db.Organisations.Select(o => o.Id));
        await AllCited(RecordKind.Agreement, db.Agreements.Select(a => a.Id));
        await AllCited(RecordKind.Commitment, db.Commitments.Select(c => c.Id));
        await AllCited(RecordKind.Activity, db.Activities.Select(a => a.Id));
        await AllCited(RecordKind.Invitation, db.Invitations.Select(i => i.Id));
        await AllCited(RecordKind.Anniversary, db.Anniversaries.Select(a => a.Id));
    }

    [Fact]
    public async Task Article_sources_hold_no_page_boilerplate()
    {
        await using var db = dataset.NewContext();
        var articles = await db.Sources.AsNoTracking().Where(s => s.Kind == SourceKind.Article).ToListAsync(TestContext.Current.CancellationToken);
        articles.Count.ShouldBe(5);
        foreach (var text in articles.Select(a => a.FullText))
        {
            text.ShouldNotContain("Có thể bạn quan tâm");
            text.ShouldNotContain("Tin khác");
            text.ShouldNotContain("Đăng nhập");
        }
    }
}
