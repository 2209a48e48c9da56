using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Features.Accounts;

namespace Twinning.Features.Calendar;

/// <summary>
/// A user's secret calendar feed address. Calendar programs fetch feeds without cookies, so the address
/// itself is the credential; only its hash is stored (as for the setup token), one per user.
/// </summary>
public sealed class CalendarFeedToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> builder)
    {
        builder.ToTable("CalendarFeedTokens");
        builder.Property(t => t.TokenHash).HasMaxLength(128);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId).IsUnique();
        // Deleting the account ends its feed.
        builder.HasOne<TwinningUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
