using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Data.Generation;
using Twinning.Features.Accounts;
using Twinning.Web;

namespace Twinning.Load.Benchmarks;

/// <summary>
/// The load benchmark: fills the database if it is empty, starts the app as its own process on loopback,
/// signs in members of different partnerships and asks each page many times at a fixed concurrency,
/// then prints p50/p95/p99, throughput and the app's peak memory as a Markdown table.
/// </summary>
public static class LoadRun
{
    private const string Password = "load benchmark passphrase";

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var app = TwinningWebApp.Build(options.AppConfiguration);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(loadDataset: false, default);
        List<Member> members;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            if (!await db.Partnerships.AnyAsync())
            {
                Console.WriteLine($"Generating {options.Partnerships} partnerships and {options.Activities} activities…");
                var clock = Stopwatch.StartNew();
                await new ScaleGenerator(db, options.Seed).GenerateAsync(options.Partnerships, options.Activities);
                Console.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:0} s.");
            }
            members = await MembersAsync(scope.ServiceProvider, options);
        }

        using var server = AppProcess.Start(options.AppConfiguration);
        await server.WaitReadyAsync();
        var clients = new List<(Member Member, HttpClient Client)>();
        foreach (var member in members) clients.Add((member, await server.SignedInAsync(member.Email, Password)));

        // Each page beside its bare query where it has one (/bench/bare/…: the same query, no page), the ceiling.
        // Each page beside its bare query (/bench/bare/…: the same query without the page), the ceiling. The last
        // rows ask only the first partnership, the largest one (`generate --largest 10000`), as its own Viewer.
        const string WholeRecord = "From=2010-01-01&To=2026-12-31";
        var scenarios = new (string Name, Func<Member, string> Url, Func<Member, string> Bare, bool Largest)[]
        {
            ("dashboard", m => $"/partnerships/{m.Partnership}", m => $"/bench/bare/dashboard/{m.Partnership}", false),
            ("timeline (page 2)", m => $"/partnerships/{m.Partnership}/timeline?p=2", m => $"/bench/bare/timeline/{m.Partnership}?p=2", false),
            ("agreement page", m => $"/agreements/{m.Agreement}", m => $"/bench/bare/agreement/{m.Agreement}", false),
            ("person page", m => $"/people/{m.Person}", m => $"/bench/bare/person/{m.Person}", false),
            ("search", m => $"/search?q={Uri.EscapeDataString(m.SearchTerm)}", m => $"/bench/bare/search?q={Uri.EscapeDataString(m.SearchTerm)}", false),
            // A place in Lao script (expanded to its Vietnamese and English spellings), and one kind paged.
            ("search: a place in Lao script", _ => $"/search?q={Uri.EscapeDataString("ວຽງຈັນ")}", _ => $"/bench/bare/search?q={Uri.EscapeDataString("ວຽງຈັນ")}", false),
            ("search: activities, page 3", m => $"/search?q={Uri.EscapeDataString(m.SearchTerm)}&kind=Activity&p=3",
                m => $"/bench/bare/search?q={Uri.EscapeDataString(m.SearchTerm)}&kind=Activity&p=3", false),
            ("report of an agreement", m => $"/partnerships/{m.Partnership}/reports/print?Agreement={m.Agreement}",
                m => $"/bench/bare/report/{m.Partnership}?agreement={m.Agreement}", false),
            ("XLSX export", m => $"/partnerships/{m.Partnership}/exports/workbook.xlsx", m => $"/bench/bare/workbook/{m.Partnership}", false),
            ("largest: dashboard", m => $"/partnerships/{m.Partnership}", m => $"/bench/bare/dashboard/{m.Partnership}", true),
            ("largest: report of its whole record (DOCX)", m => $"/partnerships/{m.Partnership}/reports/print?handler=docx&{WholeRecord}",
                m => $"/bench/bare/report/{m.Partnership}?from=2010-01-01&to=2026-12-31", true),
            ("largest: XLSX export", m => $"/partnerships/{m.Partnership}/exports/workbook.xlsx", m => $"/bench/bare/workbook/{m.Partnership}", true),
        };
        Console.WriteLine();
        Console.WriteLine($"{options.Provider}, {await CountAsync(app)}, {options.Concurrency} concurrent clients, {options.Requests} requests per row");
        Console.WriteLine();
        Console.WriteLine("| page | p50 ms | p95 ms | p99 ms | requests/s | errors | % of bare |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, url, bare, largest) in scenarios.Where(s => options.Only is null || s.Name.StartsWith(options.Only, StringComparison.Ordinal)))
        {
            var askers = largest ? clients.Take(1).ToList() : clients;
            var requests = largest ? Math.Max(10, options.Requests / 10) : options.Requests;
            var page = await Measure.RunAsync(askers, url, requests, options.Concurrency);
            var ceiling = await Measure.RunAsync(askers, bare, requests, options.Concurrency);
            Console.WriteLine($"| {name} | {page.P50:0.0} | {page.P95:0.0} | {page.P99:0.0} | {page.Throughput:0.0} | {page.Errors} | {100 * page.Throughput / ceiling.Throughput:0} % |");
            Console.WriteLine($"| {name} — bare query | {ceiling.P50:0.0} | {ceiling.P95:0.0} | {ceiling.P99:0.0} | {ceiling.Throughput:0.0} | {ceiling.Errors} | |");
        }
        Console.WriteLine();
        Console.WriteLine($"App process: peak resident memory {server.PeakMemoryMegabytes():0} MB.");
        foreach (var (_, client) in clients) client.Dispose();
        return 0;
    }

    private static async Task<string> CountAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
        return $"{await db.Partnerships.CountAsync()} partnerships, {await db.Activities.CountAsync()} activities";
    }

    /// <summary>One Viewer per chosen partnership (spread over the data), with the records their pages ask for.</summary>
    private static async Task<List<Member>> MembersAsync(IServiceProvider services, LoadOptions options)
    {
        var db = services.GetRequiredService<TwinningDb>();
        var users = services.GetRequiredService<UserManager<TwinningUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var partnerships = await db.Partnerships.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var members = new List<Member>();
        for (var i = 0; i < options.Users; i++)
        {
            var partnership = partnerships[i * partnerships.Count / options.Users];
            var email = $"load{i}-p{partnership}@bench.test";
            if (await users.FindByEmailAsync(email) is null)
                (await UserAccounts.CreateAsync(users, roles, email, $"Load {i}", Password, false,
                    [new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer }])).Succeeded.ShouldHold(email);
            var agreement = await db.Agreements.Where(a => a.PartnershipId == partnership).OrderByDescending(a => a.StartYear).Select(a => a.Id).FirstAsync();
            var person = await db.Activities.Where(a => a.PartnershipId == partnership).SelectMany(a => a.Participants).Select(p => p.PersonId).FirstAsync();
            var name = await db.People.Where(p => p.Id == person).Select(p => p.Name.Vi).FirstAsync();
            members.Add(new Member(email, partnership, agreement, person, name!.Split(' ')[^1]));
        }
        return members;
    }

    private static void ShouldHold(this bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"could not create {what}");
    }
}

public sealed record Member(string Email, int Partnership, int Agreement, int Person, string SearchTerm);
