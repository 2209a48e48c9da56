using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Twinning.Tests.Infrastructure;
using Twinning.Web;

namespace Twinning.Tests.Web;

/// <summary>The health endpoints a load balancer asks, and where the app finds its styles when started from elsewhere.</summary>
public sealed class HealthTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [BothEngines]
    public async Task A_migrated_app_is_live_and_ready_to_anyone(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            using var response = await client.GetAsync(path, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe("Healthy");
        }
    }

    [Fact]
    public async Task An_app_whose_database_lacks_a_migration_is_live_but_not_ready()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(Engine.Sqlite, postgres);
        await using (var db = database.NewContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], Cancel);
        }
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false,
            settings: new Dictionary<string, string> { ["Database:MigrateOnStart"] = "false", ["ConnectionStrings:Twinning"] = database.ConnectionString });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.GetAsync("/health/live", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var ready = await client.GetAsync("/health/ready", Cancel);
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(Cancel)).ShouldBe("Unhealthy");
    }

    [Fact]
    public void A_published_app_started_from_another_folder_serves_its_own_wwwroot()
    {
        var elsewhere = Directory.CreateTempSubdirectory("twinning-cwd-").FullName;
        var published = Directory.CreateTempSubdirectory("twinning-app-").FullName;
        try
        {
            WebRoot.Find(elsewhere, published).ShouldBeNull("no wwwroot anywhere: the default");
            Directory.CreateDirectory(Path.Combine(published, "wwwroot"));
            WebRoot.Find(elsewhere, published).ShouldBe(Path.Combine(published, "wwwroot"));
            Directory.CreateDirectory(Path.Combine(elsewhere, "wwwroot"));
            WebRoot.Find(elsewhere, published).ShouldBeNull("the working directory's own wwwroot (dotnet run) wins");

            WebRoot.ContentRoot(elsewhere, published).ShouldBeNull("no settings anywhere: the default");
            File.WriteAllText(Path.Combine(published, "appsettings.json"), "{}");
            WebRoot.ContentRoot(elsewhere, published).ShouldBe(published, "the published app's own settings");
            File.WriteAllText(Path.Combine(elsewhere, "appsettings.json"), "{}");
            WebRoot.ContentRoot(elsewhere, published).ShouldBeNull("the working directory's own settings (dotnet run) win");
        }
        finally
        {
            Directory.Delete(elsewhere, true);
            Directory.Delete(published, true);
        }
    }
}
