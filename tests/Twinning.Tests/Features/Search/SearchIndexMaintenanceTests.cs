using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.People;
using Twinning.Features.Search;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Search;

/// <summary>The index follows every save (names, aliases saved alone, owned text, deletion) and can be rebuilt, on each engine.</summary>
public sealed class SearchIndexMaintenanceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<SearchEntry?> EntryAsync(TwinningDb db, SearchHitKind kind, int id) =>
        db.SearchEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.RecordId == id, Cancel);

    [Theory, BothEngines]
    public async Task The_index_follows_renames_aliases_text_and_deletion(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int personId, meetingId, partnershipId;
        await using (var db = database.NewContext())
        {
            partnershipId = await TestRecords.SavePartnershipAsync(db);
            var person = TestRecords.Person("p", new("Hoàng Trung Hải"), CountryCode.Vietnam);
            var meeting = new Meeting { PartnershipId = partnershipId, Title = new("Hội đàm") };
            db.AddRange(person, meeting);
            await db.SaveChangesAsync(Cancel);
            (personId, meetingId) = (person.Id, meeting.Id);
        }
        await using (var db = database.NewContext())
        {
            var entry = (await EntryAsync(db, SearchHitKind.Person, personId))!;
            entry.NameKey.ShouldBe("|hoang trung hai|");
            (await EntryAsync(db, SearchHitKind.Activity, meetingId))!.PartnershipId.ShouldBe(partnershipId);
            (await EntryAsync(db, SearchHitKind.Partnership, partnershipId))!.AliasKey.ShouldContain($"|{TextFolding.ForIndex("ນະຄອນຫຼວງວຽງຈັນ")}|");
        }

        // A rename, an alias saved on its own (its person not loaded), and a summary in an owned part.
        await using (var db = database.NewContext())
        {
            (await db.People.SingleAsync(p => p.Id == personId, Cancel)).Name.Vi = "Vũ Đại Thắng";
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = database.NewContext())
        {
            db.Set<PersonAlias>().Add(new PersonAlias { PersonId = personId, Name = "ວູ ດ້າຍ ທັງ" });
            (await db.Activities.SingleAsync(a => a.Id == meetingId, Cancel)).Summary = new("Bàn về cảng cạn Thanh Na Lèng");
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = database.NewContext())
        {
            var person = (await EntryAsync(db, SearchHitKind.Person, personId))!;
            person.NameKey.ShouldBe("|vu dai thang|");
            person.AliasKey.ShouldBe($"|{TextFolding.ForIndex("ວູ ດ້າຍ ທັງ")}|");
            TextFolding.ForIndex("ວູ ດ້າຍ ທັງ").ShouldBe("ວູດາຍທັງ"); // no spaces, no tone mark
            (await EntryAsync(db, SearchHitKind.Activity, meetingId))!.Key.ShouldContain("|ban ve cang can thanh na leng|");
            (await db.SearchEntries.CountAsync(Cancel)).ShouldBe(3, "one entry per record, replaced rather than added to");
        }

        // Into the bin (a soft deletion, as the app's saves make it), then back, then removed for good.
        await using (var db = database.NewContext())
        {
            (await db.Activities.SingleAsync(a => a.Id == meetingId, Cancel)).DeletedAt = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync(Cancel);
            (await EntryAsync(db, SearchHitKind.Activity, meetingId)).ShouldBeNull();
            (await db.Activities.IgnoreQueryFilters().SingleAsync(a => a.Id == meetingId, Cancel)).DeletedAt = null;
            await db.SaveChangesAsync(Cancel);
            (await EntryAsync(db, SearchHitKind.Activity, meetingId)).ShouldNotBeNull();
            db.People.Remove(await db.People.SingleAsync(p => p.Id == personId, Cancel));
            await db.SaveChangesAsync(Cancel);
            (await EntryAsync(db, SearchHitKind.Person, personId)).ShouldBeNull();
        }
    }

    [Theory, BothEngines]
    public async Task Rebuilding_writes_the_same_entries_that_saving_kept(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var person = TestRecords.Person("p", new("Thongloun Sisoulith", null, "ທອງລຸນ ສີສຸລິດ"), CountryCode.Laos);
            person.Aliases = [new PersonAlias { Name = "Thongluon Sinsoulith" }];
            db.Add(person);
            db.Add(new Visit { PartnershipId = partnershipId, Title = new("Thăm Luông Pha Băng"), Place = new("Luông Pha Băng", "Luang Prabang", "ຫຼວງພະບາງ"), State = RecordState.Approved });
            db.Add(new Source { Title = "Bài báo", FullText = "Đoàn đại biểu Thủ đô Viêng Chăn thăm Hà Nội." });
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = database.NewContext())
        {
            var kept = await Snapshot(db);
            kept.Count.ShouldBe(4);
            (await SearchIndexer.RebuildAsync(db, Cancel)).ShouldBe(4);
            (await Snapshot(db)).ShouldBe(kept);
        }

        static async Task<List<string>> Snapshot(TwinningDb db) =>
            (await db.SearchEntries.AsNoTracking().ToListAsync(Cancel))
            .Select(e => $"{e.Kind}:{e.RecordId}:{e.PartnershipId}:{e.Approved}:{e.NameKey}:{e.AliasKey}:{e.Key}:{e.PhoneticKey}").Order().ToList();
    }

    [Theory, BothEngines]
    public async Task The_engines_trigram_index_serves_the_search(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using var db = database.NewContext();
        db.Add(TestRecords.Person("p", new("Phan Văn Khải"), CountryCode.Vietnam));
        await db.SaveChangesAsync(Cancel);
        await db.Database.OpenConnectionAsync(Cancel);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        if (engine == Engine.Sqlite)
        {
            // The FTS5 table holds exactly what SearchEntries holds (the triggers kept it), and finds by trigram.
            command.CommandText = """INSERT INTO "SearchEntriesText"("SearchEntriesText") VALUES ('integrity-check')""";
            await command.ExecuteNonQueryAsync(Cancel);
            command.CommandText = """SELECT count(*) FROM "SearchEntriesText" WHERE "SearchEntriesText" MATCH '"van kha"'""";
            Convert.ToInt32(await command.ExecuteScalarAsync(Cancel)).ShouldBe(1);
        }
        else
        {
            // With scans priced out, the planner answers LIKE '%…%' from the pg_trgm GIN index: it exists and fits the query.
            command.CommandText = """SET enable_seqscan = off; EXPLAIN SELECT "Id" FROM "SearchEntries" WHERE "Key" LIKE '%van kha%'""";
            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(Cancel);
            while (await reader.ReadAsync(Cancel)) plan.Add(reader.GetString(0));
            string.Join("\n", plan).ShouldContain("IX_SearchEntries_Key_Trigram");
        }
    }
}
