using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;

namespace Twinning.Features.Audit;

/// <summary>The whole audit log for Administrators: every change by anyone, filtered and paged, newest first.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditLogModel(TwinningDb db, RecordPermissions permissions, IStringLocalizer t) : PageModel
{
    public const int PageSize = 50;
    private static readonly DateOnly Earliest = new(1900, 1, 1), Latest = new(2200, 12, 31);

    /// <summary>Part of the name of the person who made the change.</summary>
    [BindProperty(SupportsGet = true, Name = "user"), StringLength(256)] public string? UserText { get; set; }
    /// <summary>A record type's short name (person, activity…), checked against <see cref="RecordType.All"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "type")] public string? TypeName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.From")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.To")] public DateOnly? To { get; set; }
    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)] public int PageNumber { get; set; } = 1;

    public List<AuditLine> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>
    /// The checks that span values or need the registry, made after binding and before the handler, so
    /// that <see cref="Web.RejectBadQueryFilter"/> answers 400 for them like for any bad query value.
    /// </summary>
    [NonHandler] // a filter hook, not a handler: a request with the method "PAGE" must not be able to call it
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (TypeName is not null && RecordType.Named(TypeName) is null)
            ModelState.AddModelError("type", t["Audit.Log.UnknownType", TypeName]);
        foreach (var (name, date) in new[] { ("from", From), ("to", To) })
            if (date is { } d && (d < Earliest || d > Latest))
                ModelState.AddModelError(name, t["Audit.Log.DateOutOfRange", d.ToString("yyyy-MM-dd")]);
        if (From > To)
            ModelState.AddModelError("from", t["Audit.Log.FromAfterTo"]);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (UserText?.Trim() is { Length: > 0 } user)
        {
            var lower = user.ToLowerInvariant();
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(lower));
        }
        if (RecordType.Named(TypeName) is { } kind)
        {
            var names = kind.AuditTypeNames();
            query = query.Where(a => names.Contains(a.RecordType));
        }
        if (Action is { } action) query = query.Where(a => a.Action == action);
        // Dates are the offices' days (UTC+7), as the times on the page are.
        if (From is { } from)
        {
            var start = AuditRow.UtcStartOf(from);
            query = query.Where(a => a.At >= start);
        }
        if (To is { } to)
        {
            var end = AuditRow.UtcStartOf(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        Total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = await new AuditReader(db, new RecordNames(db, permissions, t), t).ReadAsync(entries, ct);
        return Page();
    }

    /// <summary>This page's filters with another page number, for the pager links.</summary>
    public string LinkTo(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["user"] = UserText, ["type"] = TypeName, ["action"] = Action?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();

    /// <summary>The history page of the record an entry is about (null for a type no longer in the registry).</summary>
    public static string? HistoryUrl(AuditEntry entry) =>
        RecordType.ForAuditType(entry.RecordType) is { } kind ? $"/history/{kind.Name}/{entry.RecordId}" : null;
}
