using Twinning.Features.Benchmarks;
using Twinning.Data;
using Twinning.Data.Seeding;
using Twinning.Features.Accounts;
using Twinning.Features.Calendar;
using Twinning.Features.Api;
using Twinning.Features.Exports;
using Twinning.Features.Search;
using Twinning.Web.Localization;

namespace Twinning.Web;

/// <summary>The table of contents of the app: one Add/Use/Map line per concern.</summary>
public static class TwinningWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = WebRoot.ContentRoot(), WebRootPath = WebRoot.Find() });
        builder.Configuration.AddEnvironmentVariables("TWINNING_");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTwinningDatabase(builder.Configuration);
        // Registered before everything else that starts with the host (data protection reads its keys
        // from the database), so the database exists and is migrated before they need it.
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddTwinningAccounts(builder.Configuration);
        builder.Services.AddTwinningReverseProxy(builder.Configuration);
        builder.Services.AddTwinningHealth();
        builder.Services.AddScoped<SeedLoader>();
        builder.Services.AddTwinningLocalization();
        builder.Services.AddScoped<SearchService>();
        builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection("Search"));
        builder.Services.AddScoped<CurrentPartnership>();
        builder.Services.AddScoped<Features.Editing.RecordPermissions>();
        builder.Services.AddScoped<Features.Workflow.RecordWorkflow>();
        builder.Services.AddScoped<Features.Sources.CitationLookup>();
        builder.Services.AddScoped<Features.Sources.RecordLinks>();
        builder.Services.AddScoped<Features.Import.ArticleReader>();
        builder.Services.AddScoped<Features.Import.ArticleIntake>();
        builder.Services.AddScoped<Features.Import.ImportAcceptance>();
        builder.Services.AddScoped<Features.Import.ImportHistory>();
        builder.Services.AddScoped<Features.Import.ImportUndo>();
        builder.Services.AddScoped<Features.Charts.ChartQueries>();
        builder.Services.AddScoped<Features.Dashboard.DashboardQuery>();
        builder.Services.AddSingleton<Data.Revisions.RevisionCache.Store>();
        builder.Services.AddScoped<Data.Revisions.RevisionCache>();
        builder.Services.AddScoped<Features.Public.PublicPartnerships>();
        builder.Services.AddScoped<Features.People.PersonPageQuery>();
        builder.Services.AddScoped<Features.Agreements.AgreementPageQuery>();
        builder.Services.AddScoped<Features.Timeline.TimelineQuery>();
        builder.Services.AddScoped<Features.Reports.ReportGenerator>();
        builder.Services.AddScoped<Features.Calendar.FeedTokens>();
        builder.Services.AddTwinningApi();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddMvcOptions(options => options.Filters.Add<RejectBadQueryFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // A developer sees what went wrong; a production caller only the status and trace id.
            if (c.HttpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
                && c.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is { } error)
                c.ProblemDetails.Extensions["exception"] = error.ToString();
        });
        // Vietnamese and Lao letters go out as themselves, not as &#x…; entities; markup characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "twinning.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var app = builder.Build();

        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = ErrorStatus.Of });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseApiErrors();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseApiNotFound();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapCultureSwitch();
        app.MapLookup();
        app.MapExports();
        app.MapCalendarFeed();
        app.MapTwinningApi();
        app.MapTwinningHealth();
        app.MapBareQueries(app.Configuration);
        return app;
    }
}
