using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Vigil.Samples.QrOrdering.Data.Seeding;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Auth;

/// <summary>Staff accounts and their password check.</summary>
internal sealed class StaffDirectory
{
    private readonly PasswordHasher<StaffMember> _hasher = new();
    private readonly FrozenDictionary<string, StaffMember> _byEmail;
    private readonly string _demoPasswordHash;

    public StaffDirectory(IEnumerable<StaffMember> staff)
    {
        _byEmail = staff.ToFrozenDictionary(s => s.Email, StringComparer.OrdinalIgnoreCase);
        // Every demo account shares one password, so it is hashed once: PBKDF2 at 100k rounds per account
        // would add seconds to start-up for no benefit.
        _demoPasswordHash = _hasher.HashPassword(null!, StaffEmails.DemoPassword);
    }

    /// <summary>The staff member, or null when the e-mail is unknown or the password wrong (callers can't tell which).</summary>
    public StaffMember? SignIn(string email, string password)
    {
        var staff = _byEmail.GetValueOrDefault(email.Trim());
        // Verify even for unknown e-mails so response time does not reveal which addresses have accounts.
        var result = _hasher.VerifyHashedPassword(staff!, _demoPasswordHash, password);
        return staff is not null && result != PasswordVerificationResult.Failed ? staff : null;
    }
}
