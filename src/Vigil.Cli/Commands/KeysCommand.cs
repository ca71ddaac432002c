using System.CommandLine;
using Vigil.Collector.Keys;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil keys create|list|revoke</c>: manage API keys directly in the database.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke API keys");
        keys.Subcommands.Add(CreateKey());
        keys.Subcommands.Add(ListKeys());
        keys.Subcommands.Add(RevokeKey());
        return keys;
    }

    private static Option<string> Project() => new("--project")
    {
        Description = "Project name (created when missing)",
        DefaultValueFactory = _ => "default",
    };

    private static Command CreateKey()
    {
        var db = CommonOptions.Database();
        var project = Project();
        var scope = new Option<KeyScope>("--scope") { Description = "ingest (send events) or read (query the API)", Required = true };
        var name = new Option<string?>("--name") { Description = "A label to recognise the key by" };
        var command = new Command("create", "Create a key; the key is printed once, as the last line of output") { db, project, scope, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await OpenAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var issued = await new KeyIssuer(store.Projects).CreateAsync(parse.GetValue(project)!, parse.GetValue(scope), parse.GetValue(name), cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine($"Created {issued.Record.Scope.ToString().ToLowerInvariant()} key {issued.Record.Prefix}… for project \"{issued.Project.Name}\". It is stored hashed and cannot be shown again:");
            Console.Out.WriteLine(issued.Key);
            return 0;
        });
        return command;
    }

    private static Command ListKeys()
    {
        var db = CommonOptions.Database();
        var project = Project();
        var command = new Command("list", "List a project's keys (prefixes only)") { db, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await OpenAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var found = await store.Projects.FindProjectAsync(parse.GetValue(project)!, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                Console.Error.WriteLine($"No project \"{parse.GetValue(project)}\".");
                return 1;
            }

            foreach (var key in await store.Projects.ListKeysAsync(found.Id, cancellationToken).ConfigureAwait(false))
            {
                var state = key.RevokedAt is null ? "active" : $"revoked {key.RevokedAt:u}";
                Console.Out.WriteLine($"{key.Prefix}…  {key.Scope.ToString().ToLowerInvariant(),-6}  {key.CreatedAt:u}  {state}  {key.Name}");
            }

            return 0;
        });
        return command;
    }

    private static Command RevokeKey()
    {
        var db = CommonOptions.Database();
        var project = Project();
        var key = new Argument<string>("key") { Description = "The key's id or its display prefix (as shown by keys list)" };
        var command = new Command("revoke", "Revoke a key (a running collector stops accepting it within 30 s)") { db, project, key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await OpenAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var found = await store.Projects.FindProjectAsync(parse.GetValue(project)!, cancellationToken).ConfigureAwait(false);
            var prefix = parse.GetValue(key)!.TrimEnd('…');
            if (found is null || !await store.Projects.RevokeKeyAsync(found.Id, prefix, cancellationToken).ConfigureAwait(false))
            {
                Console.Error.WriteLine("No active key matched.");
                return 1;
            }

            Console.Out.WriteLine($"Revoked {prefix}.");
            return 0;
        });
        return command;
    }

    private static async Task<SqliteVigilStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteVigilStore(path);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }
}
