using Spectre.Console;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Output;
using Vigil.Scan.Spec;

namespace Vigil.Cli.Scan;

/// <summary>The inventory as a terminal table: method, route, auth (coloured: public red), handler and place.</summary>
internal static class ScanEndpointTable
{
    public static void Write(IReadOnlyList<ScanEndpoint> endpoints, IReadOnlyList<SpecDiffEntry> shadow, IReadOnlyList<SpecDiffEntry> zombie, TextWriter output)
    {
        var ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!ansi)
        {
            console.Profile.Width = 200;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"Endpoints ({endpoints.Count})");
        table.AddColumn(new TableColumn("Method").NoWrap());
        table.AddColumn(new TableColumn("Route").NoWrap());
        table.AddColumn("Auth");
        table.AddColumn(new TableColumn("Handler").NoWrap());
        table.AddColumn(new TableColumn("Where").NoWrap());
        foreach (var e in endpoints)
        {
            var auth = InventoryJson.AuthName(e.Auth);
            var colour = e.Auth == EndpointAuth.Public ? "red" : e.Auth == EndpointAuth.Policy ? "green" : "yellow";
            table.AddRow(
                Markup.Escape(string.Join(",", e.Methods)),
                Markup.Escape(e.Route),
                $"[{colour}]{auth}[/]\n[dim]{Markup.Escape(e.AuthReason)}[/]",
                Markup.Escape(e.Handler),
                Markup.Escape($"{e.Source.File}:{e.Source.Line}"));
        }

        console.Write(table);
        WriteDiff(console, "Shadow endpoints (in code, not in the spec)", shadow);
        WriteDiff(console, "Zombie endpoints (in the spec, not in code)", zombie);
        console.WriteLine();
    }

    private static void WriteDiff(IAnsiConsole console, string title, IReadOnlyList<SpecDiffEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(title)}: {entries.Count}[/]");
        foreach (var entry in entries)
        {
            console.MarkupLine($"  {Markup.Escape(entry.Method)} {Markup.Escape(entry.Route)}  [dim]{Markup.Escape(entry.File)}:{entry.Line}[/]");
        }
    }
}
