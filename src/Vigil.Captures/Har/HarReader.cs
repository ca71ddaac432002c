using System.Runtime.CompilerServices;
using Vigil.Captures.Internal;

namespace Vigil.Captures.Har;

/// <summary>
/// Streams <c>log.entries[]</c> out of a HAR file one entry at a time. Everything else in the file (pages, creator,
/// browser) is stepped over token by token. After the entries array the rest of the file is not read.
/// </summary>
internal sealed class HarReader(EventValidator validator, CaptureReaderOptions options, CaptureSink sink)
{
    public async IAsyncEnumerable<CapturedEntry> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cursor = new JsonStreamCursor(stream, options.MaxEntryBytes);
        if (!await FindEntriesAsync(cursor, cancellationToken).ConfigureAwait(false))
        {
            sink.Error(0, null, cursor.Failure ?? "is not a HAR file: it has no log.entries array");
            yield break;
        }

        var number = 0;
        while (true)
        {
            using var document = await cursor.ReadValueAsync(cancellationToken).ConfigureAwait(false);
            if (document is null && cursor.TokenType == System.Text.Json.JsonTokenType.EndArray)
            {
                yield break;
            }

            number++;
            if (cursor.ValueTooLarge)
            {
                sink.Error(number, null, $"is larger than {Limit(options.MaxEntryBytes)}; skipped");
                if (!await cursor.SkipValueAsync(cancellationToken).ConfigureAwait(false))
                {
                    sink.Error(number, null, cursor.Failure ?? "the file ends inside this entry; stopped reading");
                    yield break;
                }

                continue;
            }

            if (document is null)
            {
                // A failure here stops the file: after malformed JSON there is no reliable place to resume.
                sink.Error(number, null, (cursor.Failure ?? "the file ends before the entries array is closed") + "; stopped reading");
                yield break;
            }

            var result = HarEntryMapper.Map(document.RootElement, fileName, number);
            if (result.Skipped is not null)
            {
                sink.Note(number, result.Skipped);
                continue;
            }

            if (result.Exchange is null)
            {
                sink.Error(number, result.Field, result.Error!);
                continue;
            }

            var valid = true;
            foreach (var error in validator.Validate(result.Exchange))
            {
                sink.Error(number, error.Field, error.Message);
                valid = false;
            }

            if (valid)
            {
                yield return new CapturedEntry(number, result.Exchange);
            }
        }
    }

    private static string Limit(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    // Positions the cursor just inside log.entries: root object, its "log" object, that object's "entries" array.
    private static async ValueTask<bool> FindEntriesAsync(JsonStreamCursor cursor, CancellationToken cancellationToken)
    {
        var inLog = false;
        while (await cursor.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (cursor.Depth == 1 && cursor.IsProperty("log"u8))
            {
                inLog = await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.TokenType == System.Text.Json.JsonTokenType.StartObject;
                continue;
            }

            if (inLog && cursor.Depth == 2 && cursor.IsProperty("entries"u8))
            {
                return await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.TokenType == System.Text.Json.JsonTokenType.StartArray;
            }
        }

        return false;
    }
}
