using System.CommandLine;

namespace Vigil.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create() => new("demo", "Run the collector and the sample API with realistic traffic");
}
