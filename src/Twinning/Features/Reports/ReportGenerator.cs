using Microsoft.Extensions.Localization;
using Twinning.Data;

namespace Twinning.Features.Reports;

/// <summary>A report from a request: read the record, then compose it in the report's language.</summary>
public sealed class ReportGenerator(TwinningDb db, IStringLocalizer t, TimeProvider clock)
{
    /// <summary>Null when the partnership or the requested agreement is not there to report on.</summary>
    public async Task<ReportDocument?> ComposeAsync(int partnershipId, ReportRequest request, CancellationToken ct)
    {
        var data = await new ReportQuery(db).LoadAsync(partnershipId, request, clock, ct);
        if (data is null) return null;
        using var _ = new ReportCulture(request.Language);
        return new ReportComposer(t, data.Today).Compose(data, request);
    }
}
