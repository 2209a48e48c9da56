using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Twinning.Data;

namespace Twinning.Features.Accounts;

/// <summary>Identity, cookies, the sign-in rate limit and the default rule that every page needs a signed-in user.</summary>
public static class AccountSetup
{
    public const string SignInPath = "/account/signin";
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddTwinningAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // Per client address and minute; a test host or a proxy without forwarded headers may need more.
        var signInAttempts = configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
        services.AddIdentity<TwinningUser, IdentityRole>(o =>
            {
                // Length over composition rules (NIST SP 800-63B): a long passphrase is both stronger and easier.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TwinningDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaims>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "twinning.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (behind a TLS proxy, with forwarded headers).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Rights, disabling and signing out take effect on the next request, not when the cookie expires.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        });

        services.AddDataProtection().SetApplicationName("Twinning").PersistKeysToDbContext<TwinningDb>();

        services.AddAuthorization(o =>
        {
            // Every page needs a signed-in user unless it says [AllowAnonymous]; a new page cannot be left open by mistake.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            o.AddPolicy(Policies.Administrator, p => p.RequireRole(GlobalRoles.Administrator));
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in posts, per client address, wherever the path's spelling led (the policy is on the page's
            // endpoint, which routing found whatever the case or trailing slash). Per account: SignInThrottle.
            o.AddPolicy(SignInPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = signInAttempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddSingleton(new SignInThrottle(signInAttempts));

        services.AddScoped<PartnershipAccess>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<FirstAdministrator>();
        return services;
    }
}

public static class Policies
{
    public const string Administrator = "Administrator";
}
