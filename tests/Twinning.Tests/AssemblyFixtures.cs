using Twinning.Tests.Infrastructure;

// One PostgreSQL server for the whole run: starting a cluster takes seconds, a database milliseconds.
[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Twinning.Tests
{
    internal static class FileWatching
    {
        /// <summary>
        /// Hundreds of app hosts start in one test process, each watching its configuration and web root;
        /// with inotify that exhausts the kernel's 128 watchers per user and hosts fail to start. Polling
        /// watchers (what the setting selects in every PhysicalFileProvider) use no inotify instance.
        /// </summary>
        [System.Runtime.CompilerServices.ModuleInitializer]
        internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }
}
