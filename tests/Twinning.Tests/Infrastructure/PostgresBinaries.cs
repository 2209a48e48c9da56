namespace Twinning.Tests.Infrastructure;

/// <summary>Finds a PostgreSQL installation able to create a throwaway cluster (initdb and pg_ctl).</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The bin folder holding initdb and pg_ctl: from PATH first (the developer's choice), then Debian's newest version.</summary>
    public static string? FindDirectory()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "initdb"))
            .Where(File.Exists)
            // PATH often holds symlinks (/usr/local/bin/initdb); pg_ctl looks for `postgres` beside its real file.
            .Select(initdb => Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb)!);

        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var major) ? major : 0)
                .Select(folder => Path.Combine(folder, "bin"))
            : [];

        return fromPath.Concat(debian).FirstOrDefault(folder =>
            File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }
}
