using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Twinning.Features.Search;

/// <summary>
/// One record in the search index: its folded names and text (<see cref="TextFolding.ForIndex"/>) and what
/// the read rule needs, so one indexed query finds, ranks, counts and restricts every kind at once. Derived
/// data: <see cref="SearchIndexer"/> writes it on every save and can rebuild it from the records; the
/// SearchIndex migration puts a trigram index on <see cref="Key"/> (FTS5 on SQLite, pg_trgm on PostgreSQL).
/// </summary>
public sealed class SearchEntry
{
    public int Id { get; set; }
    public SearchHitKind Kind { get; set; }
    public int RecordId { get; set; }

    /// <summary>The partnership the record belongs to (<see cref="Data.RecordScope"/>); null for shared records.</summary>
    public int? PartnershipId { get; set; }

    /// <summary>What a shared record's partnership is read as in queries (no partnership has this id).</summary>
    public const int Shared = 0;

    public bool Approved { get; set; }
    public string? CreatedById { get; set; }
    public string? SubmittedBySide { get; set; }
    public int? OwnerOrganisationId { get; set; }

    /// <summary>The record's own names (every language), each between separators: "|ha noi|hanoi|".</summary>
    public string NameKey { get; set; } = "|";

    /// <summary>Other spellings: aliases, abbreviations, a partnership's city names.</summary>
    public string AliasKey { get; set; } = "|";

    /// <summary>Names, aliases and text (summaries, places, an article's full text): what a query is matched against.</summary>
    public string Key { get; set; } = "|";

    /// <summary>Consonant skeletons of the names, for variant romanisations when nothing matches exactly.</summary>
    public string PhoneticKey { get; set; } = "|";
}

public sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.HasIndex(e => new { e.Kind, e.RecordId }).IsUnique();
        builder.Property(e => e.CreatedById).HasMaxLength(450);
        builder.Property(e => e.SubmittedBySide).HasMaxLength(2);
        builder.Property(e => e.NameKey).HasMaxLength(4000);
        builder.Property(e => e.AliasKey).HasMaxLength(8000);
        builder.Property(e => e.PhoneticKey).HasMaxLength(8000);
    }
}
