using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twinning.Features.Accounts;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>
/// A person: every spelling of their name, the posts they held over time, and the activities they took
/// part in, newest first, a page at a time (read by <see cref="PersonPageQuery"/>).
/// </summary>
public sealed class PersonDetailsModel(PersonPageQuery query, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)] public int PageNumber { get; set; } = 1;

    public Person Person { get; private set; } = null!;
    public List<Post> Posts { get; private set; } = [];
    public List<Attendance> Attended { get; private set; } = [];
    public int AttendedCount { get; private set; }
    public int PageCount => Math.Max(1, (AttendedCount + PersonPageQuery.PageSize - 1) / PersonPageQuery.PageSize);
    public List<Citation> Citations { get; private set; } = [];
    public List<Invitations.Invitation> Invitations { get; private set; } = [];
    public List<Agreements.Agreement> Signed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        // An out-of-range page number shows the first page rather than an error.
        if (!ModelState.IsValid) PageNumber = 1;
        var data = await query.LoadAsync(id, await permissions.ReadFilterAsync(ct), PageNumber, ct);
        if (data is null) return NotFound();
        if (await permissions.RefuseReadAsync(data.Person, ct) is { } refused) return refused;
        (Person, Posts, Attended, AttendedCount, Invitations, Signed, Citations) = data;
        return Page();
    }
}
