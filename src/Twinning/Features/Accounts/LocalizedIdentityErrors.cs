using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Accounts;

/// <summary>Identity's error messages in the reader's language (it is resolved per request, so per culture).</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer t) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort));

    private IdentityError Error(string code) => new() { Code = code, Description = t[$"Identity.{code}"] };
}
