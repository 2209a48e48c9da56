using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster made for one test run: initdb into a temp folder, started on a free
/// loopback port with trust authentication, stopped and deleted at the end.
/// </summary>
internal sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private int _port;

    private PrivatePostgresCluster(string bin, string root, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        _asPostgresUser = asPostgresUser;
    }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = _port, Username = "postgres", Database = "postgres",
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_root, "data");

    public static async Task<PrivatePostgresCluster> StartAsync(string bin)
    {
        // initdb and postgres refuse to run as root; CI runs as root, so they run as the postgres OS user.
        var asPostgresUser = Environment.IsPrivilegedProcess;
        var root = Directory.CreateTempSubdirectory("twinning-pg-").FullName;
        try
        {
            if (asPostgresUser) await ProcessRunner.RunAsync("chown", ["postgres:postgres", root], root, CommandTimeout);
            var cluster = new PrivatePostgresCluster(bin, root, asPostgresUser);
            await cluster.InitAsync();
            await cluster.StartOnFreePortAsync();
            return cluster;
        }
        catch
        {
            TryDelete(root);
            throw;
        }
    }

    private Task InitAsync() => RunAsync("initdb",
        "-D", DataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync", "--no-instructions");

    /// <summary>A port found free can be taken before the server binds it, so a failed start is retried on another.</summary>
    private async Task StartOnFreePortAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                // Durability is pointless for a throwaway cluster; turning it off keeps CREATE DATABASE and migrations fast.
                await RunAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0",
                    "start");
                _port = port;
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            TryDelete(_root);
        }
    }

    private Task<string> RunAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        return _asPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], _root, CommandTimeout)
            : ProcessRunner.RunAsync(path, arguments, _root, CommandTimeout);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
