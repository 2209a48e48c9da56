using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Events;

/// <summary>Create or edit an event (conference, fair, forum…) and its organisers.</summary>
public sealed class EditEventModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : ActivityEditPage<PromotionEvent, EventInput>(db, permissions, workflow, access, t)
{
    protected override Task<PromotionEvent?> LoadAsync(int id, CancellationToken ct) =>
        Db.Events.AsSplitQuery().Include(e => e.Commitments).Include(e => e.Organisers).FirstOrDefaultAsync(e => e.Id == id, ct);

    protected override IEnumerable<int?> LinkedOrganisations(PromotionEvent promotionEvent) => promotionEvent.Organisers.Select(o => (int?)o.Id);

    protected override EventInput InputFrom(PromotionEvent promotionEvent) => EventInput.From(promotionEvent);
    protected override void ApplyInputTo(PromotionEvent promotionEvent) => Input.ApplyTo(promotionEvent);
    protected override IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(EventInput theirs) => Input.Compare(theirs, Choices, T);
    protected override void Replace(string field, EventInput theirs) => Input.Replace(field, theirs);

    protected override void Validate()
    {
        if (Input.OrganiserIds.Any(o => !Choices.HasOrganisation(o)))
            ModelState.AddModelError("Input.OrganiserIds", T["Validation.Unknown"]);
    }

    protected override async Task SavePartsAsync(PromotionEvent promotionEvent, CancellationToken ct)
    {
        var wanted = Input.OrganiserIds.Distinct().ToList();
        var organisers = await Db.Organisations.Where(o => wanted.Contains(o.Id)).ToListAsync(ct);
        promotionEvent.Organisers.RemoveAll(o => !wanted.Contains(o.Id));
        promotionEvent.Organisers.AddRange(organisers.Where(o => promotionEvent.Organisers.All(x => x.Id != o.Id)));
    }
}
