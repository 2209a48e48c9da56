using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Twinning.Features.Accounts;

namespace Twinning.Features.Api;

/// <summary>
/// The API's only way in: "Authorization: Bearer twn_…". The token's owner is loaded afresh on every
/// request (roles, memberships, disabled state), so a change of rights or a revoked token takes effect
/// on the next call. No cookie is read here, so a browser session cannot be ridden into the API and the
/// API needs no antiforgery token.
/// </summary>
public sealed class BearerTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccessTokens tokens, UserManager<TwinningUser> users, IUserClaimsPrincipalFactory<TwinningUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string ScopeClaim = "twinning:token-scope";
    public const string PartnershipClaim = "twinning:token-partnership";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || AccountChanges.IsDisabled(user)) return AuthenticateResult.Fail("The token's account is disabled.");

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType, principal.Identities.First().RoleClaimType);
        identity.AddClaim(new Claim(ScopeClaim, token.Scope.ToString()));
        if (token.PartnershipId is { } partnershipId) identity.AddClaim(new Claim(PartnershipClaim, partnershipId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            "A valid personal access token is required (Authorization: Bearer twn_…).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "The token's owner may not do this here.");
}
