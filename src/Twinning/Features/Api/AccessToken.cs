using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Api;

/// <summary>
/// A personal access token for the REST API: made by a user on their tokens page, shown once, sent as
/// "Authorization: Bearer …". It acts as its owner with at most the owner's rights, narrowed to one
/// partnership and to reading when so scoped. Only its hash is stored; it expires and can be revoked.
/// </summary>
public sealed class AccessToken : Data.Auditing.INotAudited
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>What the owner called it ("script for the monthly report"), to tell tokens apart.</summary>
    public string Name { get; set; } = "";

    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token, shown in the list so the owner can recognise it.</summary>
    public string Prefix { get; set; } = "";

    public AccessScope Scope { get; set; }

    /// <summary>The one partnership the token reaches; null for every partnership its owner belongs to.</summary>
    public int? PartnershipId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTime utcNow) => RevokedAt is null && ExpiresAt > utcNow;
}

public enum AccessScope
{
    Read,
    Write,
}

public sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.ToTable("AccessTokens");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.TokenHash).HasMaxLength(128);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        // Deleting the account or the partnership ends its tokens.
        builder.HasOne<TwinningUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
