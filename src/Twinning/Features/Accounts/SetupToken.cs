namespace Twinning.Features.Accounts;

/// <summary>
/// The one-time secret that lets the first Administrator be created. Only its hash is stored, in
/// the database, so any instance behind a load balancer can honour it.
/// </summary>
public sealed class SetupToken
{
    public int Id { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
