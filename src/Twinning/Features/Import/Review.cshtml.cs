using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Import;

/// <summary>
/// The review of one imported article: the text with every extracted span marked, and beside it the
/// records it proposes, each new or matching one already held, to correct, accept or leave out.
/// Accepting writes everything at once or nothing; rejecting the article drops its draft source.
/// </summary>
public sealed class ReviewModel(TwinningDb db, RecordPermissions permissions, PartnershipAccess access, ArticleReader reader, ImportAcceptance acceptance, Microsoft.Extensions.Localization.IStringLocalizer t, Web.Localization.UiTextCatalog catalog) : PageModel
{
    [BindProperty] public Dictionary<string, ProposalEdit> Edits { get; set; } = [];

    /// <summary>The source's version when the review was shown: a later one means someone accepted meanwhile.</summary>
    [BindProperty] public int? Version { get; set; }

    public Source Source { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public ArticleProposals Proposals { get; private set; } = null!;

    /// <summary>Proposals this user may not create (a Contributor keeps activities, not agreements).</summary>
    public HashSet<string> NotAllowed { get; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, int sourceId, CancellationToken ct)
    {
        if (await LoadAsync(partnershipId, sourceId, ct) is { } refused) return refused;
        Edits = Proposals.All.ToDictionary(p => p.Key, DefaultEdit);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(int partnershipId, int sourceId, CancellationToken ct)
    {
        if (await LoadAsync(partnershipId, sourceId, ct) is { } refused) return refused;
        // A proposal missing from the post (the article's proposals changed since the page was shown) is not accepted.
        var edits = Proposals.All.ToDictionary(p => p.Key, p => Edits.GetValueOrDefault(p.Key) ?? new ProposalEdit());
        foreach (var key in NotAllowed) edits[key].Accept = false;
        var tracked = await db.Sources.FirstAsync(s => s.Id == Source.Id, ct);
        // The stored text is what the spans index: re-reading may tidy it further, and nothing cites it yet.
        if (tracked.FullText != Proposals.Extraction.Text && !await db.Citations.AnyAsync(c => c.SourceId == tracked.Id, ct))
            tracked.FullText = Proposals.Extraction.Text;
        if (Version is { } seen && seen != tracked.Version) return await AcceptedMeanwhileAsync(partnershipId, sourceId, ct);
        ImportAcceptance.Outcome outcome;
        try
        {
            outcome = await acceptance.AcceptAsync(tracked, Partnership, Proposals, edits, await ContributorOrganisationAsync(ct), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await AcceptedMeanwhileAsync(partnershipId, sourceId, ct);
        }
        // What was written, with links and the way back: the import's own page.
        if (outcome.Run is { } run) return Redirect($"/partnerships/{Partnership.Id}/imports/{run.Id}");
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError(field, message);
        Edits = edits;
        return Page();
    }

    /// <summary>Someone accepted from this article since the page was shown: the review again, as it now stands, saying so.</summary>
    private async Task<IActionResult> AcceptedMeanwhileAsync(int partnershipId, int sourceId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var posted = Edits;
        if (await LoadAsync(partnershipId, sourceId, ct) is { } refused) return refused;
        // What the reviewer chose stays on the form; what is now already recorded can no longer be ticked.
        Edits = Proposals.All.ToDictionary(p => p.Key, p => posted.GetValueOrDefault(p.Key) is { } mine && !p.AlreadyCited ? mine : DefaultEdit(p));
        ModelState.Clear();
        ModelState.AddModelError("", t["Import.AcceptedMeanwhile"]);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(int partnershipId, int sourceId, CancellationToken ct)
    {
        if (await LoadAsync(partnershipId, sourceId, ct) is { } refused) return refused;
        var tracked = await db.Sources.FirstAsync(s => s.Id == Source.Id, ct);
        // Only an article nothing was accepted from goes: an accepted one is evidence for records.
        if (tracked.State != RecordState.Approved && !await db.Citations.AnyAsync(c => c.SourceId == tracked.Id, ct))
        {
            db.Sources.Remove(tracked);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/partnerships/{Partnership.Id}/import");
    }

    private ProposalEdit DefaultEdit(Proposal p) => p switch
    {
        PersonProposal person => Edit(p, person.Fact.Name, side: person.Fact.Side),
        EventProposal e => Edit(p, e.Title, date: e.Fact.Date.Date, endDate: e.Fact.EndDate?.Date, meetingKind: e.IsVisit ? null : e.MeetingKind, direction: e.Direction),
        AgreementProposal a => Edit(p, a.Fact.Title, date: a.Fact.Signed?.Date, startYear: a.Fact.StartYear, endYear: a.Fact.EndYear),
        ProjectProposal project => Edit(p, project.Fact.Name, status: ImportMapping.StatusOf(project.Fact.Status)),
        _ => Edit(p, p.Label),
    };

    private ProposalEdit Edit(Proposal p, string name, string? side = null, DateOnly? date = null, DateOnly? endDate = null,
        int? startYear = null, int? endYear = null, Visits.MeetingKind? meetingKind = null, Activities.ActivityStatus? status = null, Activities.Direction? direction = null) => new()
    {
        Accept = !p.AlreadyCited && !NotAllowed.Contains(p.Key), Name = name, Side = side, Date = date, EndDate = endDate,
        StartYear = startYear, EndYear = endYear, MeetingKind = meetingKind, Status = status, Direction = direction,
    };

    /// <summary>The article with each proposal's spans marked and linked to the proposal.</summary>
    public IHtmlContent HighlightedHtml()
    {
        var spans = Proposals.All.SelectMany(p => p.Spans.Select(s => (Proposal: p, Span: s))).ToList();
        var html = new HtmlContentBuilder();
        foreach (var run in HighlightedText.Split(Proposals.Extraction.Text, spans, s => s.Span.Start, s => s.Span.Length))
        {
            if (run.Covering.Count == 0)
            {
                html.Append(run.Text);
                continue;
            }
            var first = run.Covering[0].Proposal;
            var mark = new TagBuilder("mark");
            mark.AddCssClass("proposal-" + first.Kind);
            var link = new TagBuilder("a");
            link.Attributes["href"] = "#" + first.Key;
            link.Attributes["title"] = string.Join(" · ", run.Covering.Select(c => c.Proposal.Label).Distinct());
            link.InnerHtml.Append(run.Text);
            mark.InnerHtml.AppendHtml(link);
            html.AppendHtml(mark);
        }
        return html;
    }

    private async Task<IActionResult?> LoadAsync(int partnershipId, int sourceId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, ct);
        if (partnership is null || source is null) return NotFound();
        if (!await permissions.CanCreateActivityAsync(partnershipId, ct)) return Forbid();
        // A draft is its importer's (and its partnership's Editors'); an accepted article may be reviewed again by anyone
        // who imports. A draft waiting in another partnership, or one this user may not see, does not exist here.
        if (source.State != RecordState.Approved)
        {
            if (source.PartnershipId is { } owner && owner != partnershipId || !await permissions.CanReadAsync(source, ct)) return NotFound();
            if (!await permissions.CanEditAsync(source, ct)) return Forbid();
        }
        (Partnership, Source) = (partnership, source);

        ArticleExtraction extraction;
        try
        {
            extraction = await reader.ReadAsync(ArticleInput.FromText(source.FullText), ct);
        }
        catch (ArticleRejectedException)
        {
            return BadRequest();
        }
        Proposals = await ArticleProposals.BuildAsync(db, partnership, sourceId, extraction, await reader.PeopleAsync(ct), catalog, ct);
        if (!await permissions.CanEditAsync(new Agreement { PartnershipId = partnershipId }, ct))
            foreach (var p in Proposals.Agreements.Where(a => a.IsNew)) NotAllowed.Add(p.Key);
        return null;
    }

    /// <summary>A Contributor's new activities belong to their organisation, as on the activity forms.</summary>
    private async Task<int?> ContributorOrganisationAsync(CancellationToken ct)
    {
        if (await permissions.SavesAreApprovedAsync(new Visits.Visit { PartnershipId = Partnership.Id }, ct)) return null;
        return (await access.MembershipsAsync(ct)).FirstOrDefault(m => m.PartnershipId == Partnership.Id && m.Role == PartnershipRole.Contributor)?.OrganisationId;
    }
}
