using System.Runtime.CompilerServices;
using Vigil.Captures.Har;
using Vigil.Captures.Internal;
using Vigil.Captures.JsonLines;

namespace Vigil.Captures;

/// <summary>
/// Reads a capture file (HAR or JSON lines, told apart by content, not by name) as a stream of exchanges.
/// A bad line or entry becomes a <see cref="CaptureError"/> and reading goes on; a file that is not a capture at all
/// gives one error and no entries. Memory stays around one line or entry whatever the file's size.
/// Exchanges are returned unmasked, exactly as recorded: see README.md.
/// </summary>
/// <remarks>One file at a time: <see cref="Errors"/>, <see cref="Notes"/> and <see cref="Format"/> describe the last read and are complete once enumeration ends.</remarks>
public sealed class CaptureFileReader(TimeProvider clock, CaptureReaderOptions? options = null)
{
    private readonly EventValidator _validator = new(clock);
    private readonly CaptureReaderOptions _options = options ?? new();
    private CaptureSink _sink = new(CaptureFormat.Unknown);

    public CaptureFormat Format { get; private set; }

    public IReadOnlyList<CaptureError> Errors => _sink.Errors;

    /// <summary>Entries deliberately passed over, such as <c>data:</c> URLs and requests that never got a response.</summary>
    public IReadOnlyList<CaptureNote> Notes => _sink.Notes;

    public async IAsyncEnumerable<CapturedEntry> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Format = CaptureFormat.Unknown;
            _sink = new(CaptureFormat.Unknown);
            _sink.Error(0, null, $"cannot open {path}: {ex.Message}");
            yield break;
        }

        await using (file.ConfigureAwait(false))
        {
            await foreach (var entry in ReadAsync(file, path, cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
    }

    /// <param name="name">The file's name as the user gave it: in messages, and the seed of ids for exchanges that have none.</param>
    public async IAsyncEnumerable<CapturedEntry> ReadAsync(Stream stream, string name, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var sniffed = await FormatSniffer.SniffAsync(stream, cancellationToken).ConfigureAwait(false);
        Format = sniffed.Format;
        _sink = new(sniffed.Format);
        if (sniffed.Error is not null)
        {
            _sink.Error(0, null, $"{Path.GetFileName(name)} {sniffed.Error}");
            yield break;
        }

        var replay = new PrefixedStream(sniffed.Prefix, sniffed.Length, stream);
        var entries = sniffed.Format == CaptureFormat.Har
            ? new HarReader(_validator, _options, _sink).ReadAsync(replay, name, cancellationToken)
            : new JsonLinesReader(_validator, _options, _sink).ReadAsync(replay, name, cancellationToken);
        var read = 0;
        await foreach (var entry in entries.ConfigureAwait(false))
        {
            read++;
            yield return entry;
        }

        Finish(name, read);
    }

    private void Finish(string name, int read)
    {
        if (_sink.DroppedErrors > 0)
        {
            _sink.Errors.Add(new CaptureError(0, $"{_sink.DroppedErrors} more bad lines or entries not listed") { Format = Format });
        }

        // Not one good line: the likeliest cause is a file that is not a capture, so say so before the per-line errors.
        if (read == 0 && Format == CaptureFormat.JsonLines && _sink.Errors.Count > 0)
        {
            _sink.Errors.Insert(0, new CaptureError(0, $"{Path.GetFileName(name)} holds no valid event, so it may not be a capture file: {FormatSniffer.Expected}") { Format = Format });
        }
    }
}
