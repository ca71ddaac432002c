using System.CommandLine;
using Vigil.Cli.Commands;

var root = new RootCommand("Vigil — API security for .NET: capture, detect, inventory.");
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(SimulateCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
