using System.Text;
using Vigil.Collector.Keys;
using Vigil.Collector.Setup;
using Vigil.Storage;
using Vigil.Storage.Sqlite;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Keys;

public sealed class KeyStorageTests
{
    [Fact]
    public async Task Issued_keys_and_admin_password_are_stored_only_hashed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("vigil.db");
        string[] secrets;
        await using (var store = new SqliteVigilStore(path))
        {
            await store.InitializeAsync();
            var credentials = (await FirstRunSetup.RunAsync(store))!;
            var extra = await new KeyIssuer(store.Projects).CreateAsync("shop", KeyScope.Read);
            secrets = [credentials.IngestKey, credentials.ReadKey, credentials.AdminPassword, extra.Key];

            Assert.Null(await FirstRunSetup.RunAsync(store));
            var admin = (await store.Users.FindUserAsync("admin"))!;
            Assert.True(FirstRunSetup.VerifyPassword(admin.PasswordHash, credentials.AdminPassword));
            Assert.False(FirstRunSetup.VerifyPassword(admin.PasswordHash, credentials.AdminPassword + "x"));
        }

        var everything = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            everything.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)));
        }

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, everything.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(ApiKeyFormat.Hash(secrets[0]), everything.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vgl_x_0123456789012345678901234567890A")]
    [InlineData("vgl_i_short")]
    public void Malformed_keys_are_rejected_before_any_lookup(string? key) => Assert.False(ApiKeyFormat.LooksValid(key));

    [Fact]
    public void Generated_keys_are_unique_and_well_formed()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeyFormat.Generate(KeyScope.Ingest)).ToHashSet();

        Assert.Equal(1000, keys.Count);
        Assert.All(keys, k => Assert.True(ApiKeyFormat.LooksValid(k)));
    }
}
