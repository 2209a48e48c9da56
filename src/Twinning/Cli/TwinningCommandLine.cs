using System.CommandLine;
using Twinning.Data;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// The verbs of the single `twinning` executable. Anything the parser does not recognise is passed
/// on to ASP.NET Core configuration, so `twinning --urls http://0.0.0.0:8080` works as usual.
/// </summary>
public static class TwinningCommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Twinning — the record of a city-to-city cooperation programme.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((result, ct) => ServeAsync(result.UnmatchedTokens.ToArray(), ct));

        var serve = new Command("serve", "Run the web app (the default). Prints the address it listens on.") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((result, ct) => ServeAsync(result.UnmatchedTokens.ToArray(), ct));
        root.Add(serve);

        var noDataset = new Option<bool>("--no-dataset") { Description = "Apply migrations only; do not load the bundled Hanoi–Vientiane dataset." };
        var migrate = new Command("migrate", "Create or upgrade the database schema, then load the bundled dataset if the database has none.") { TreatUnmatchedTokensAsErrors = false };
        migrate.Add(noDataset);
        migrate.SetAction((result, ct) => MigrateAsync(result.UnmatchedTokens.ToArray(), !result.GetValue(noDataset), ct));
        root.Add(migrate);

        // Exceptions propagate (no default handler): the test host stops the app by throwing from Build().
        root.Add(UserCommand.Build());
        root.Add(ExtractCommand.Build());
        foreach (var command in BackupCommand.Build()) root.Add(command);
        root.Add(GenerateCommand.Build());
        root.Add(ReindexCommand.Build());

        return root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static async Task<int> ServeAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = TwinningWebApp.Build(args);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) Console.WriteLine($"Twinning is running at {url}");
            if (app.Services.GetRequiredService<DatabaseInitializer>().SetupToken is { } token)
                Console.WriteLine($"No user exists yet. Create the first Administrator at {app.Urls.First()}/setup?token={token}");
        });
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static async Task<int> MigrateAsync(string[] args, bool loadDataset, CancellationToken cancellationToken)
    {
        var app = TwinningWebApp.Build(args);
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(loadDataset, cancellationToken);
        Console.WriteLine("Database is up to date.");
        return 0;
    }
}
