using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Protocol;

namespace Vigil.Collector.Scans;

/// <summary>
/// Reads a JSON array and refuses it at <see cref="Max"/> + 1 entries while reading: 16 KB of gzip inflates to
/// millions of <c>{}</c>, which must not be built (≈460 MB) before the validator counts them.
/// </summary>
internal abstract class BoundedListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    protected abstract int Max { get; }

    /// <summary>The property this list is read for, so errors inside an entry name it: <c>endpoints[3].line</c>.</summary>
    protected abstract string Name { get; }

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var max = Max;
        return BoundedJsonArray.Read<T>(ref reader, options, Name, max, () => new TooManyEntriesException($"has more than {max} entries; at most {max} are accepted"));
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        BoundedJsonArray.Write(writer, value, options);
}

/// <summary>A bounded list was longer than allowed; its message is meant for the uploader as it stands.</summary>
internal sealed class TooManyEntriesException(string message) : JsonException(message);

internal sealed class ScannedEndpointsConverter : BoundedListConverter<ScannedEndpoint>
{
    protected override int Max => ScanValidator.MaxEndpoints;

    protected override string Name => "endpoints";
}

internal sealed class ScannedFindingsConverter : BoundedListConverter<ScannedFinding>
{
    protected override int Max => ScanValidator.MaxFindings;

    protected override string Name => "findings";
}
