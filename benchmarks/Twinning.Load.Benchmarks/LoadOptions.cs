namespace Twinning.Load.Benchmarks;

/// <summary>What to measure against: the database (generated if empty) and how hard to ask.</summary>
public sealed record LoadOptions(string Provider, string Connection, int Partnerships, int Activities, int Requests, int Concurrency, int Users, int Seed, string? Only = null)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return new LoadOptions(
            Value("--provider", "Sqlite"),
            Value("--connection", "Data Source=" + Path.Combine(Path.GetTempPath(), "twinning-load.db")),
            int.Parse(Value("--partnerships", "1000")),
            int.Parse(Value("--activities", "500000")),
            int.Parse(Value("--requests", "200")),
            int.Parse(Value("--concurrency", "4")),
            int.Parse(Value("--users", "8")),
            int.Parse(Value("--seed", "1")),
            Array.IndexOf(args, "--only") >= 0 ? Value("--only", "") : null);
    }

    /// <summary>The same settings as command-line configuration for the app and its verbs.</summary>
    public string[] AppConfiguration =>
    [
        $"--Database:Provider={Provider}", $"--ConnectionStrings:Twinning={Connection}", "--Database:LoadEmbeddedDataset=false",
        "--Security:SignInAttemptsPerMinute=100000", "--Logging:LogLevel:Default=Warning",
        "--Benchmarks:BareEndpoints=true",
    ];
}
