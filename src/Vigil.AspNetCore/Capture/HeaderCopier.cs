using Microsoft.AspNetCore.Http;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Copies headers out of the server's dictionary, which is reused for the next request on the connection.
/// Strings are immutable, so taking the references is the copy; no masking or trimming here (that is shipper work).
/// </summary>
internal static class HeaderCopier
{
    // A rough per-header cost of the dictionary entry and array, for the queue's memory budget.
    private const int EntryOverheadBytes = 48;

    public static HeaderMap Copy(IHeaderDictionary headers, ref long approximateBytes)
    {
        var map = new HeaderMap(headers.Count);
        foreach (var (name, values) in headers)
        {
            var count = values.Count;
            if (count == 0)
            {
                continue;
            }

            var copy = count == 1 ? [values[0] ?? ""] : new string[count];
            if (count > 1)
            {
                for (var i = 0; i < count; i++)
                {
                    copy[i] = values[i] ?? "";
                }
            }

            approximateBytes += EntryOverheadBytes + (2L * name.Length);
            foreach (var value in copy)
            {
                approximateBytes += 2L * value.Length;
            }

            map[name] = copy;
        }

        return map;
    }
}
