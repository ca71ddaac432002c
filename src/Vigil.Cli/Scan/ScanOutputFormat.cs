namespace Vigil.Cli.Scan;

/// <summary><c>vigil scan --format</c>: the shared report formats plus the OpenAPI document generated from the inventory.</summary>
internal enum ScanOutputFormat
{
    Text,
    Json,
    Sarif,
    OpenApi,
}
