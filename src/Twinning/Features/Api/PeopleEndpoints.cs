using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;
using Twinning.Features.People;
using Twinning.Features.Search;
using Twinning.Features.Workflow;

namespace Twinning.Features.Api;

/// <summary>People (read and write, as on the person form) and organisations (read).</summary>
public static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/people", ListAsync).WithName("ListPeople");
        api.MapGet("/people/{id:int}", GetAsync).WithName("GetPerson");
        api.MapPost("/people", CreateAsync).WithName("CreatePerson");
        api.MapPut("/people/{id:int}", UpdateAsync).WithName("UpdatePerson");
        api.MapGet("/organisations", OrganisationsAsync).WithName("ListOrganisations");
        api.MapGet("/organisations/{id:int}", OrganisationAsync).WithName("GetOrganisation");
    }

    /// <summary>People are shared by all partnerships: readable by every member, drafts by those the record rule admits.</summary>
    private static async Task<IResult> ListAsync(string? q, int? page, int? pageSize, TwinningDb db, PartnershipAccess access, RecordPermissions permissions, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return ApiProblems.Forbidden();
        var (number, size) = ApiEndpoints.Paging(page, pageSize);
        var query = (await permissions.ReadFilterAsync(ct)).ApplyShared(db.People.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(q) && TextFolding.Fold(q) is { Length: > 0 } key) query = query.Where(p => p.SearchKey.Contains(key));
        var items = await query.Include(p => p.Aliases).Include(p => p.Positions).OrderBy(p => p.Id)
            .Skip((number - 1) * size).Take(size).AsSplitQuery().ToListAsync(ct);
        return Results.Ok(new Paged<PersonDto>(items.Select(PersonDto.Of).ToList(), number, size, await query.CountAsync(ct)));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var person = await LoadAsync(db.People.AsNoTracking(), id, ct);
        if (person is null || !await permissions.CanReadAsync(person, ct)) return ApiProblems.NotFound();
        context.Response.Headers.ETag = ApiEndpoints.ETag(person.Version);
        return Results.Ok(PersonDto.Of(person));
    }

    private static async Task<IResult> CreateAsync(PersonWrite body, HttpContext context, TwinningDb db, RecordPermissions permissions,
        RecordWorkflow workflow, IStringLocalizer t, CancellationToken ct)
    {
        if (!ApiEndpoints.MayWrite(context)) return ApiProblems.ReadOnlyToken();
        var person = new Person();
        if (!await permissions.CanEditAsync(person, ct)) return ApiProblems.Forbidden();
        return await SaveAsync(person, body, isNew: true, context, db, workflow, t, ct);
    }

    private static async Task<IResult> UpdateAsync(int id, PersonWrite body, HttpContext context, TwinningDb db, RecordPermissions permissions,
        RecordWorkflow workflow, IStringLocalizer t, CancellationToken ct)
    {
        if (!ApiEndpoints.MayWrite(context)) return ApiProblems.ReadOnlyToken();
        var person = await LoadAsync(db.People, id, ct);
        if (person is null || !await permissions.CanReadAsync(person, ct)) return ApiProblems.NotFound();
        if (!await permissions.CanEditAsync(person, ct)) return ApiProblems.Forbidden();
        if (ApiEndpoints.Precondition(context, person.Version) is { } refused) return refused;
        return await SaveAsync(person, body, isNew: false, context, db, workflow, t, ct);
    }

    /// <summary>The person form's input and rules; positions are kept as they are (they are edited on the form).</summary>
    private static async Task<IResult> SaveAsync(Person person, PersonWrite body, bool isNew, HttpContext context, TwinningDb db,
        RecordWorkflow workflow, IStringLocalizer t, CancellationToken ct)
    {
        var input = PersonInput.From(person);
        input.NameVi = body.NameVi ?? "";
        input.NameEn = body.NameEn;
        input.NameLo = body.NameLo;
        input.Country = body.Country ?? "";
        input.Aliases = body.Aliases is null ? null : string.Join("\n", body.Aliases);
        if (ApiValidation.Errors(input, t) is { Count: > 0 } errors) return ApiProblems.Validation(errors);

        input.ApplyTo(person);
        await workflow.AfterEditAsync(person, ct);
        if (isNew) db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.People.AsNoTracking().Where(p => p.Id == person.Id).Select(p => p.Version).FirstAsync(ct);
            return ApiProblems.Stale(ApiEndpoints.ETag(current));
        }
        context.Response.Headers.ETag = ApiEndpoints.ETag(person.Version);
        return isNew ? Results.Created($"{ApiEndpoints.Prefix}/people/{person.Id}", PersonDto.Of(person)) : Results.Ok(PersonDto.Of(person));
    }

    private static async Task<IResult> OrganisationsAsync(string? q, int? page, int? pageSize, TwinningDb db, PartnershipAccess access, RecordPermissions permissions, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return ApiProblems.Forbidden();
        var (number, size) = ApiEndpoints.Paging(page, pageSize);
        var query = (await permissions.ReadFilterAsync(ct)).ApplyShared(db.Organisations.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(q) && TextFolding.Fold(q) is { Length: > 0 } key) query = query.Where(o => o.SearchKey.Contains(key));
        var items = await query.OrderBy(o => o.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return Results.Ok(new Paged<OrganisationDto>(items.Select(OrganisationDto.Of).ToList(), number, size, await query.CountAsync(ct)));
    }

    private static async Task<IResult> OrganisationAsync(int id, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is null || !await permissions.CanReadAsync(organisation, ct) ? ApiProblems.NotFound() : Results.Ok(OrganisationDto.Of(organisation));
    }

    private static Task<Person?> LoadAsync(IQueryable<Person> people, int id, CancellationToken ct) =>
        people.Include(p => p.Aliases).Include(p => p.Positions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
}
