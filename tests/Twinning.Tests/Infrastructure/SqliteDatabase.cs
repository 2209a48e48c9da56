using Microsoft.Data.Sqlite;

namespace Twinning.Tests.Infrastructure;

/// <summary>A fresh SQLite database file for one test (a file, not :memory:, so it behaves as the app's does).</summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private SqliteDatabase(string path)
    {
        FilePath = path;
        // No pooling: an idle pooled connection would keep the file open after the test.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public string FilePath { get; }
    public string ConnectionString { get; }

    /// <summary>Names a file that does not exist yet; whoever migrates creates it.</summary>
    public static SqliteDatabase Create() =>
        // Straight in the temp folder: a shared subfolder made by one user would lock out the next.
        new(Path.Combine(Path.GetTempPath(), $"twinning-test-{Guid.NewGuid():N}.db"));

    public ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(FilePath + suffix);
        return ValueTask.CompletedTask;
    }
}
