using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Twinning.Load.Benchmarks;

/// <summary>The app as its own process on a free loopback port, so its memory is its own and the load comes from outside.</summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly Uri _address;

    private AppProcess(Process process, Uri address) => (_process, _address) = (process, address);

    public static AppProcess Start(string[] configuration)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Twinning.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var c in configuration) start.ArgumentList.Add(c);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(5) };
        for (var until = DateTime.UtcNow.AddMinutes(5); DateTime.UtcNow < until; await Task.Delay(500))
        {
            if (_process.HasExited) throw new InvalidOperationException("the app stopped while starting");
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
        }
        throw new TimeoutException("the app was not ready within 5 minutes");
    }

    public async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = _address, Timeout = TimeSpan.FromMinutes(2),
        };
        var form = await client.GetStringAsync("/account/signin");
        var token = TokenField().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in of {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The process's high-water mark of resident memory (VmHWM), in MB.</summary>
    public double PeakMemoryMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
