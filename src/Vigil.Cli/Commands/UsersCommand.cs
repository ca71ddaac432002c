using System.CommandLine;
using System.Text;
using Vigil.Collector.Setup;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil users set-password [--user admin]</c>: set (or first create) a dashboard user's password. The password is
/// read from standard input — typed without echo, or piped — never from the command line, where it would land in
/// the shell history and the process list.
/// </summary>
internal static class UsersCommand
{
    public const int MinLength = 12;
    public const int MaxLength = 1024;

    public static Command Create()
    {
        var users = new Command("users", "Manage dashboard users");
        var db = CommonOptions.Database();
        var user = new Option<string>("--user") { Description = "User name", DefaultValueFactory = _ => FirstRunSetup.AdminUser };
        var setPassword = new Command("set-password", $"Set a user's dashboard password (read from standard input, at least {MinLength} characters); creates the user when missing") { db, user };
        setPassword.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(user)!.Trim();
            if (name.Length is 0 or > 128)
            {
                Console.Error.WriteLine("A user name is 1 to 128 characters.");
                return 2;
            }

            var password = ReadPassword();
            if (password is null || password.Length < MinLength || password.Length > MaxLength)
            {
                Console.Error.WriteLine($"The password must be {MinLength} to {MaxLength} characters (none was set).");
                return 2;
            }

            await using var store = new SqliteVigilStore(parse.GetValue(db)!);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var hash = FirstRunSetup.HashPassword(password);
            if (await store.Users.SetPasswordHashAsync(name, hash, cancellationToken).ConfigureAwait(false))
            {
                Console.Out.WriteLine($"Password of \"{name}\" changed; the user's open dashboard sessions are signed out.");
            }
            else
            {
                await store.Users.AddUserAsync(name, hash, cancellationToken).ConfigureAwait(false);
                Console.Out.WriteLine($"User \"{name}\" created.");
            }

            return 0;
        });
        users.Subcommands.Add(setPassword);
        return users;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            // One line, bounded: a piped file of any size cannot make us read it all.
            var line = new StringBuilder();
            int c;
            while ((c = Console.In.Read()) is not -1 and not '\n' && line.Length <= MaxLength)
            {
                line.Append((char)c);
            }

            return line.ToString().TrimEnd('\r');
        }

        Console.Error.Write("New password: ");
        var first = ReadHidden();
        Console.Error.Write("Repeat it: ");
        var second = ReadHidden();
        if (first != second)
        {
            Console.Error.WriteLine("The two entries differ.");
            return null;
        }

        return first;
    }

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar) && text.Length <= MaxLength)
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
