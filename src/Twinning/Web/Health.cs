using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Twinning.Data;

namespace Twinning.Web;

/// <summary>
/// What a load balancer or orchestrator asks: `/health/live` (the process answers at all) and
/// `/health/ready` (the database answers and its schema is this version's, so requests can be served).
/// Both are open to anyone and say nothing but the status.
/// </summary>
public static class Health
{
    public const string Ready = "ready";

    public static IServiceCollection AddTwinningHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapTwinningHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
        return endpoints;
    }

    private sealed class DatabaseReadiness(TwinningDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("The database does not answer.");
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
                return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The database cannot be read.", e);
            }
        }
    }
}
