using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Two app processes on one PostgreSQL, as behind a load balancer: they start together without both
/// loading the dataset, a cookie from one works on the other, and killing one in the middle of saves
/// loses no save it acknowledged while the other keeps serving.
/// </summary>
public sealed class TwoInstancesTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_share_sessions_and_a_killed_one_loses_no_acknowledged_save()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(Engine.Postgres, postgres);
        string[] config = ["--Database:Provider=Postgres", $"--ConnectionStrings:Twinning={database.ConnectionString}", "--Security:SignInAttemptsPerMinute=100"];
        using var a = Instance.Start(config);
        using var b = Instance.Start(config);
        await Task.WhenAll(a.WaitReadyAsync(), b.WaitReadyAsync());
        await using (var db = database.NewContext())
            (await db.Partnerships.CountAsync(Cancel)).ShouldBe(1, "the dataset is loaded once, not once per instance");

        var (created, _, createError) = await TwinningProcess.RunAsync(["user", "create", "--email", "admin@two.test", "--name", "Admin", "--admin", .. config],
            environment: new Dictionary<string, string> { ["TWINNING_USER_PASSWORD"] = TestUsers.Password });
        created.ShouldBe(0, createError);

        var cookies = new CookieContainer();
        using var onA = a.Client(cookies);
        using var onB = b.Client(cookies);
        (await TestUsers.SignInAsync(onA, "admin@two.test", TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var page = await onB.GetAsync("/organisations/edit", Cancel))
            page.StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie issued by one instance signs in on the other");

        // Saves on A; A is killed after the fifth acknowledgement while more are on their way.
        var token = TestUsers.AntiforgeryToken(await onA.GetStringAsync("/organisations/edit", Cancel));
        var acknowledged = new List<string>();
        var statuses = new List<string>();
        var saves = Enumerable.Range(1, 40).Select(async i =>
        {
            var name = $"Cơ quan thử {i}";
            try
            {
                using var response = await onA.PostAsync("/organisations/edit", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.NameVi"] = name, ["Input.Country"] = "VN", ["Input.Kind"] = "Department", ["__RequestVerificationToken"] = token,
                }), Cancel);
                lock (statuses) statuses.Add(((int)response.StatusCode).ToString());
                if (response.StatusCode == HttpStatusCode.Redirect)
                    lock (acknowledged)
                    {
                        acknowledged.Add(name);
                        if (acknowledged.Count == 5) a.Kill();
                    }
            }
            catch (HttpRequestException)
            {
                // The instance died with this request in flight: not acknowledged, so nothing is promised.
            }
        });
        await Task.WhenAll(saves);
        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(5, string.Join(",", statuses));
        a.WaitForExit();

        await using (var db = database.NewContext())
        {
            var stored = await db.Organisations.Select(o => o.Name.Vi).ToListAsync(Cancel);
            acknowledged.Except(stored!).ShouldBeEmpty("every acknowledged save is in the database");
        }
        using (var page = await onB.GetAsync("/organisations", Cancel))
            page.StatusCode.ShouldBe(HttpStatusCode.OK, "the other instance keeps serving");
        var tokenB = TestUsers.AntiforgeryToken(await onB.GetStringAsync("/organisations/edit", Cancel));
        using var onward = await onB.PostAsync("/organisations/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NameVi"] = "Cơ quan sau cùng", ["Input.Country"] = "VN", ["Input.Kind"] = "Department", ["__RequestVerificationToken"] = tokenB,
        }), Cancel);
        onward.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>One `twinning serve` process on a free loopback port, killed when disposed.</summary>
    private sealed class Instance : IDisposable
    {
        private readonly Process _process;
        private readonly int _port;

        private Instance(Process process, int port) => (_process, _port) = (process, port);

        public void WaitForExit() => _process.WaitForExit(10_000).ShouldBeTrue("the killed instance is gone");

        public static Instance Start(string[] config)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Twinning.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
            foreach (var c in config) start.ArgumentList.Add(c);
            var process = Process.Start(start)!;
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new Instance(process, port);
        }

        public HttpClient Client(CookieContainer cookies) =>
            new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(30) };

        public async Task WaitReadyAsync()
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(5) };
            var until = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < until)
            {
                _process.HasExited.ShouldBeFalse("the instance stopped while starting");
                try
                {
                    using var response = await client.GetAsync("/health/ready", Cancel);
                    if (response.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException) when (!Cancel.IsCancellationRequested)
                {
                    // slow to answer while migrating
                }
                await Task.Delay(250, Cancel);
            }
            throw new TimeoutException($"the instance on port {_port} was not ready within 90 s");
        }

        /// <summary>SIGKILL: no shutdown, no flushing, as a crash or an OOM killer does.</summary>
        public void Kill() => _process.Kill(entireProcessTree: true);

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
