using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Audit;
using Twinning.Features.People;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Audit;

/// <summary>Every save through the app stamps, versions, soft-deletes and audits records, on both engines.</summary>
public sealed class RecordChangesTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<T> InScopeAsync<T>(TwinningAppFactory app, Func<TwinningDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TwinningDb>());
    }

    private static async Task<int> AddPersonAsync(TwinningAppFactory app, string name) =>
        await InScopeAsync(app, async db =>
        {
            var person = new Person { Name = new(name, "Le Van B"), Country = "VN" };
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            return person.Id;
        });

    [Theory, BothEngines]
    public async Task Creating_and_changing_a_record_writes_audit_entries_with_each_field_before_and_after(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var id = await AddPersonAsync(app, "Lê Văn B");
        await InScopeAsync(app, async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == id, Cancel);
            person.Name.Vi = "Lê Văn Bình";
            person.Country = "LA";
            return await db.SaveChangesAsync(Cancel);
        });

        await using var db = app.Database.NewContext();
        var entries = await db.AuditEntries.Where(a => a.RecordType == nameof(Person) && a.RecordId == id).OrderBy(a => a.Id).ToListAsync(Cancel);
        entries.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated]);
        // A new record's entry lists what it was created with, owned texts included.
        JsonDocument.Parse(entries[0].Changes).RootElement.GetProperty("Name.Vi").GetProperty("after").GetString().ShouldBe("Lê Văn B");
        var changes = JsonDocument.Parse(entries[1].Changes).RootElement;
        changes.GetProperty("Name.Vi").GetProperty("before").GetString().ShouldBe("Lê Văn B");
        changes.GetProperty("Name.Vi").GetProperty("after").GetString().ShouldBe("Lê Văn Bình");
        changes.GetProperty("Country").GetProperty("after").GetString().ShouldBe("LA");
        changes.EnumerateObject().Select(p => p.Name).ShouldNotContain("Version");

        var stored = await db.People.SingleAsync(p => p.Id == id, Cancel);
        stored.Version.ShouldBe(2);
        stored.UpdatedAt.ShouldNotBeNull();
    }

    [Theory, BothEngines]
    public async Task Several_parts_changed_in_one_save_are_each_listed(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var id = await AddPersonAsync(app, "Phạm Văn D");
        await InScopeAsync(app, async db =>
        {
            var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == id, Cancel);
            person.Aliases.Add(new PersonAlias { Name = "Pham Van D" });
            person.Aliases.Add(new PersonAlias { Name = "ຟາມ ວັນ ດີ" });
            return await db.SaveChangesAsync(Cancel);
        });

        await using var db = app.Database.NewContext();
        var entry = await db.AuditEntries.Where(a => a.RecordType == nameof(Person) && a.RecordId == id).OrderBy(a => a.Id).LastAsync(Cancel);
        var added = JsonDocument.Parse(entry.Changes).RootElement.GetProperty("PersonAlias.Name").GetProperty("after");
        added.EnumerateArray().Select(v => v.GetString()).ShouldBe(["Pham Van D", "ຟາມ ວັນ ດີ"], ignoreOrder: true);
        // The history page reads them as one line, each value once.
        FieldRow.Parse(entry.Changes).Single(f => f.Field == "PersonAlias.Name").After!.Split(", ").ShouldBe(["Pham Van D", "ຟາມ ວັນ ດີ"], ignoreOrder: true);
    }

    [Theory, BothEngines]
    public async Task Deleting_a_record_hides_it_but_keeps_it_for_restoring(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var id = await AddPersonAsync(app, "Trần Thị C");
        await InScopeAsync(app, async db =>
        {
            db.People.Remove(await db.People.SingleAsync(p => p.Id == id, Cancel));
            return await db.SaveChangesAsync(Cancel);
        });

        await using var db = app.Database.NewContext();
        (await db.People.AnyAsync(p => p.Id == id, Cancel)).ShouldBeFalse();
        var deleted = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == id, Cancel);
        deleted.DeletedAt.ShouldNotBeNull();
        (await db.AuditEntries.Where(a => a.RecordId == id && a.RecordType == nameof(Person)).Select(a => a.Action).ToListAsync(Cancel))
            .ShouldContain(AuditAction.Deleted);
    }

    [Theory, BothEngines]
    public async Task Of_two_simultaneous_edits_one_wins_the_other_gets_a_conflict_and_the_log_shows_one_change(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var id = await AddPersonAsync(app, "Phạm Văn D");

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<TwinningDb>();
        var db2 = second.ServiceProvider.GetRequiredService<TwinningDb>();
        var a = await db1.People.SingleAsync(p => p.Id == id, Cancel);
        var b = await db2.People.SingleAsync(p => p.Id == id, Cancel);
        a.Name.Vi = "Phạm Văn Dũng";
        b.Name.Vi = "Phạm Văn Đức";

        await db1.SaveChangesAsync(Cancel);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync(Cancel));

        await using var db = app.Database.NewContext();
        (await db.People.SingleAsync(p => p.Id == id, Cancel)).Name.Vi.ShouldBe("Phạm Văn Dũng");
        (await db.AuditEntries.CountAsync(e => e.RecordId == id && e.RecordType == nameof(Person) && e.Action == AuditAction.Updated, Cancel)).ShouldBe(1);
    }
}
