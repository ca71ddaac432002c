using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Vigil.Collector.Keys;
using Vigil.Storage;

namespace Vigil.Collector.Setup;

/// <summary>
/// On a new database: an <c>admin</c> user with a random password and a <c>default</c> project with an ingest key
/// and a read key. The plaintext secrets exist only in the returned object, for the CLI to print once.
/// </summary>
public static class FirstRunSetup
{
    public const string AdminUser = "admin";
    public const string DefaultProject = "default";

    /// <summary>Returns the new credentials, or null when the database was already set up.</summary>
    public static async Task<FirstRunCredentials?> RunAsync(IVigilStore store, CancellationToken cancellationToken = default)
    {
        if (await store.Users.AnyUserAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20);
        await store.Users.AddUserAsync(AdminUser, HashPassword(password), cancellationToken).ConfigureAwait(false);
        var issuer = new KeyIssuer(store.Projects);
        var ingest = await issuer.CreateAsync(DefaultProject, KeyScope.Ingest, "first-run ingest key", cancellationToken).ConfigureAwait(false);
        var read = await issuer.CreateAsync(DefaultProject, KeyScope.Read, "first-run read key", cancellationToken).ConfigureAwait(false);
        return new FirstRunCredentials(AdminUser, password, DefaultProject, ingest.Key, read.Key);
    }

    public static string HashPassword(string password) => new PasswordHasher<string>().HashPassword(AdminUser, password);

    public static bool VerifyPassword(string hash, string password) =>
        new PasswordHasher<string>().VerifyHashedPassword(AdminUser, hash, password) != PasswordVerificationResult.Failed;
}

public sealed record FirstRunCredentials(string AdminUser, string AdminPassword, string Project, string IngestKey, string ReadKey);
