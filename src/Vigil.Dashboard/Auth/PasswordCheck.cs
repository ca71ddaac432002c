using Microsoft.AspNetCore.Identity;
using Vigil.Storage;

namespace Vigil.Dashboard.Auth;

/// <summary>
/// Verifies a user's password against the stored ASP.NET Core Identity hash. An unknown user is checked against a
/// fixed hash, so the answer takes as long as for a known one and does not reveal which names exist.
/// </summary>
public sealed class PasswordCheck(IUserStore users)
{
    private static readonly PasswordHasher<string> Hasher = new();
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword("decoy", Guid.NewGuid().ToString("N")));

    public async Task<UserRecord?> VerifyAsync(string user, string password, CancellationToken cancellationToken)
    {
        var record = string.IsNullOrWhiteSpace(user) || user.Length > 128 ? null : await users.FindUserAsync(user.Trim(), cancellationToken).ConfigureAwait(false);
        var hash = record?.PasswordHash ?? DecoyHash.Value;
        var result = password.Length > 1024 ? PasswordVerificationResult.Failed : Hasher.VerifyHashedPassword(user, hash, password);
        return record is not null && result != PasswordVerificationResult.Failed ? record : null;
    }
}
