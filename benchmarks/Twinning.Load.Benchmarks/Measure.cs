using System.Diagnostics;

namespace Twinning.Load.Benchmarks;

/// <summary>Latency percentiles and throughput of one page asked many times by several signed-in clients at once.</summary>
public sealed record Measure(double P50, double P95, double P99, double Throughput, int Errors)
{
    public static async Task<Measure> RunAsync(IReadOnlyList<(Member Member, HttpClient Client)> clients, Func<Member, string> url, int requests, int concurrency)
    {
        // Warm-up: JIT, query plans and caches, not counted.
        foreach (var (member, client) in clients) (await client.GetAsync(url(member))).Dispose();
        var latencies = new double[requests];
        var errors = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var (member, client) = clients[i % clients.Count];
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url(member), HttpCompletionOption.ResponseContentRead);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }));
        var seconds = wall.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new Measure(At(0.50), At(0.95), At(0.99), requests / seconds, errors);
    }
}
