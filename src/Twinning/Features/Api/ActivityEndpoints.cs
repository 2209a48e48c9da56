using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Api;

/// <summary>Activities: read paged and filtered; created and changed through the forms' rules, workflow and audit.</summary>
public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/partnerships/{id:int}/activities", ListAsync).WithName("ListActivities");
        api.MapGet("/activities/{id:int}", GetAsync).WithName("GetActivity");
        api.MapPost("/partnerships/{id:int}/activities", CreateAsync).WithName("CreateActivity");
        api.MapPut("/activities/{id:int}", UpdateAsync).WithName("UpdateActivity");
    }

    private static async Task<IResult> ListAsync(int id, TwinningDb db, PartnershipAccess access, RecordPermissions permissions,
        ActivityKind? kind, int? year, Direction? direction, int? page, int? pageSize, CancellationToken ct)
    {
        if (!await access.CanReadAsync(id, ct)) return ApiProblems.NotFound();
        var (number, size) = ApiEndpoints.Paging(page, pageSize);
        var query = (await permissions.ReadFilterAsync(ct)).Apply(db.Activities.AsNoTracking()).Where(a => a.PartnershipId == id);
        if (kind is { } k) query = query.Where(a => a.Kind == k);
        if (year is { } y) query = query.Where(a => a.StartDate != null && a.StartDate.Value.Year == y);
        if (direction is { } d) query = query.Where(a => a.Direction == d);
        var items = await query.Include(a => a.Commitments).Include(a => a.Participants)
            .OrderBy(a => a.StartDate == null).ThenByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Skip((number - 1) * size).Take(size).AsSplitQuery().ToListAsync(ct);
        return Results.Ok(new Paged<ActivityDto>(items.Select(ActivityDto.Of).ToList(), number, size, await query.CountAsync(ct)));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var activity = await LoadAsync(db.Activities.AsNoTracking(), id, ct);
        if (activity is null || !await permissions.CanReadAsync(activity, ct)) return ApiProblems.NotFound();
        context.Response.Headers.ETag = ApiEndpoints.ETag(activity.Version);
        return Results.Ok(ActivityDto.Of(activity));
    }

    private static async Task<IResult> CreateAsync(int id, ActivityWrite body, HttpContext context, TwinningDb db, PartnershipAccess access,
        RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t, CancellationToken ct)
    {
        if (!ApiEndpoints.MayWrite(context)) return ApiProblems.ReadOnlyToken();
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null || !await access.CanReadAsync(id, ct)) return ApiProblems.NotFound();
        if (!await permissions.CanCreateActivityAsync(id, ct)) return ApiProblems.Forbidden();
        if (New(body.Kind) is not { } activity)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["Kind"] = [$"Kind must be one of {string.Join(", ", Enum.GetNames<ActivityKind>())}."] });
        activity.PartnershipId = id;
        activity.Status = ActivityStatus.Planned;
        return await SaveAsync(activity, body, isNew: true, context, db, access, permissions, workflow, t, partnership, ct);
    }

    private static async Task<IResult> UpdateAsync(int id, ActivityWrite body, HttpContext context, TwinningDb db, PartnershipAccess access,
        RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t, CancellationToken ct)
    {
        if (!ApiEndpoints.MayWrite(context)) return ApiProblems.ReadOnlyToken();
        var activity = await LoadAsync(db.Activities, id, ct);
        if (activity is null || !await permissions.CanReadAsync(activity, ct)) return ApiProblems.NotFound();
        if (!await permissions.CanEditAsync(activity, ct)) return ApiProblems.Forbidden();
        if (ApiEndpoints.Precondition(context, activity.Version) is { } refused) return refused;
        var partnership = await db.Partnerships.AsNoTracking().FirstAsync(p => p.Id == activity.PartnershipId, ct);
        return await SaveAsync(activity, body, isNew: false, context, db, access, permissions, workflow, t, partnership, ct);
    }

    /// <summary>The forms' path: their input class and validation, the Contributor's fixed owner, the workflow, one SaveChanges (audited).</summary>
    private static async Task<IResult> SaveAsync(Activity activity, ActivityWrite body, bool isNew, HttpContext context, TwinningDb db,
        PartnershipAccess access, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t, Partnerships.Partnership partnership, CancellationToken ct)
    {
        // The API sets the shared fields only: the owner is the one body of the activity its choices must keep.
        var choices = await ActivityChoices.LoadAsync(db, access, partnership, [activity.OwnerOrganisationId], ct);
        if (isNew && choices.OwnerOrganisationIds is { Count: > 0 } own) activity.OwnerOrganisationId = own[0];
        if (!choices.Allows(await permissions.CanEditAsync(activity, ct))) return ApiProblems.Forbidden();
        choices.MaySetPublic = false; // "public" is set on the pages, where its consequence is shown

        var input = new ApiActivityInput
        {
            TitleVi = body.TitleVi ?? "", TitleEn = body.TitleEn, SummaryVi = body.SummaryVi, SummaryEn = body.SummaryEn,
            StartDate = body.StartDate, EndDate = body.EndDate, PlaceVi = body.PlaceVi, PlaceEn = body.PlaceEn,
            Direction = body.Direction ?? Direction.AToB, Status = body.Status ?? activity.Status,
            OwnerOrganisationId = activity.OwnerOrganisationId, CommitmentIds = body.CommitmentIds ?? [],
        };
        var more = new ModelStateDictionary();
        input.ValidateCommon(more, choices, t);
        var unknown = input.CommitmentIds.Where(cid => choices.Commitments.All(c => c.Id != cid)).ToList();
        if (unknown.Count > 0) more.AddModelError(nameof(input.CommitmentIds), $"Not commitments of this partnership: {string.Join(", ", unknown)}.");
        if (ApiValidation.Errors(input, t, more) is { Count: > 0 } errors) return ApiProblems.Validation(errors);

        input.ApplyCommonTo(activity, await choices.ChosenCommitmentsAsync(db, input.CommitmentIds, ct), choices);
        await workflow.AfterEditAsync(activity, ct);
        if (isNew) db.Activities.Add(activity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Activities.AsNoTracking().Where(a => a.Id == activity.Id).Select(a => a.Version).FirstAsync(ct);
            return ApiProblems.Stale(ApiEndpoints.ETag(current));
        }
        context.Response.Headers.ETag = ApiEndpoints.ETag(activity.Version);
        var dto = ActivityDto.Of(activity);
        return isNew ? Results.Created($"{ApiEndpoints.Prefix}/activities/{activity.Id}", dto) : Results.Ok(dto);
    }

    private static Task<Activity?> LoadAsync(IQueryable<Activity> activities, int id, CancellationToken ct) =>
        activities.Include(a => a.Commitments).Include(a => a.Participants).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);

    private static Activity? New(string? kind) => Enum.TryParse<ActivityKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k switch
    {
        ActivityKind.Visit => new Visits.Visit(),
        ActivityKind.Meeting => new Visits.Meeting(),
        ActivityKind.Project => new Projects.Project(),
        ActivityKind.Programme => new Programmes.Programme(),
        ActivityKind.Event => new Events.PromotionEvent(),
        ActivityKind.Donation => new Donations.Donation(),
        _ => null,
    } : null;

    /// <summary>The activity forms' shared fields, bound from JSON rather than a form.</summary>
    private sealed class ApiActivityInput : ActivityCommonInput;
}
