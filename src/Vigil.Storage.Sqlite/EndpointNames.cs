using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The name an endpoint is stored under: itself when the endpoints table has it, else the overflow row its
/// statistics were folded into (see <see cref="EndpointStatsAccumulator.MaxEndpointsPerProject"/>), so rollups stay bounded too.
/// </summary>
internal sealed class EndpointNames(WriterStatements statements, SqliteTransaction transaction)
{
    private readonly Dictionary<(Guid, EndpointKey), EndpointKey> _resolved = [];

    public async Task<EndpointKey> ResolveAsync(Guid project, EndpointKey endpoint, CancellationToken cancellationToken)
    {
        if (_resolved.TryGetValue((project, endpoint), out var known))
        {
            return known;
        }

        var command = statements.Command("SELECT EXISTS (SELECT 1 FROM endpoints WHERE project_id = $p AND method = $m AND route = $r)", transaction);
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$p", ToText(project));
        command.Parameters.AddWithValue("$m", endpoint.Method);
        command.Parameters.AddWithValue("$r", endpoint.Route);
        var exists = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
        var stored = exists ? endpoint : endpoint with { Route = EndpointStatsAccumulator.OverflowRoute };
        _resolved[(project, endpoint)] = stored;
        return stored;
    }
}
