namespace Vigil.Detection.Behaviour.Events;

/// <summary>
/// Whose objects a JSON response carries: the values of owner-like properties (<c>"customerId": 42</c>) and the ids
/// of owner-like objects (<c>"user": {"id": 42}</c>), by linear scans with no parser. Only the owners that differ from
/// the signed-in user matter, and only when the user's own id is absent: a list that mixes the user's objects with
/// others' (a shared thread, a team board) is what the user is meant to see.
/// </summary>
internal static class OwnerFacts
{
    private const int MaxScan = 256 * 1024;
    private const int MaxOwners = 50;

    /// <summary>Distinct owners other than <paramref name="userId"/>, or null when there are none or the user's own id appears.</summary>
    public static List<string>? Foreign(string? body, string userId, BehaviourOptions options) => Read(body, userId, options).Foreign;

    /// <summary>The foreign owners (as <see cref="Foreign"/>), and whether the user's own id appeared as an owner.</summary>
    public static (List<string>? Foreign, bool Own) Read(string? body, string userId, BehaviourOptions options)
    {
        if (string.IsNullOrEmpty(body) || options.OwnerFields.Count + options.OwnerObjects.Count == 0)
        {
            return (null, false);
        }

        var span = body.AsSpan(0, Math.Min(body.Length, MaxScan));
        List<string>? foreign = null;
        foreach (var field in options.OwnerFields)
        {
            if (!Collect(span, field, nested: false, userId, ref foreign))
            {
                return (null, true);
            }
        }

        foreach (var name in options.OwnerObjects)
        {
            if (!Collect(span, name, nested: true, userId, ref foreign))
            {
                return (null, true);
            }
        }

        return (foreign, false);
    }

    // False as soon as the user's own id shows: the caller then treats the whole response as the user's.
    private static bool Collect(ReadOnlySpan<char> body, string name, bool nested, string userId, ref List<string>? foreign)
    {
        var offset = 0;
        while (offset < body.Length)
        {
            var at = IndexOfProperty(body[offset..], name);
            if (at < 0)
            {
                return true;
            }

            offset += at + name.Length + 2;
            var rest = JsonScalar.AfterColon(body[offset..]);
            if (nested)
            {
                if (rest.Length == 0 || rest[0] != '{')
                {
                    continue;
                }

                var close = rest.IndexOf('}');
                var inner = close < 0 ? rest : rest[..close];
                var id = IndexOfProperty(inner, "id");
                rest = id < 0 ? default : JsonScalar.AfterColon(inner[(id + 4)..]);
            }

            if (JsonScalar.Read(rest) is not { } value)
            {
                continue;
            }

            if (value.Equals(userId, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            foreign ??= [];
            if (foreign.Count < MaxOwners && !foreign.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                foreign.Add(value);
            }
        }

        return true;
    }

    // The quoted property name, case-insensitive ("userId" matches "UserId"), not a longer name ending in it.
    private static int IndexOfProperty(ReadOnlySpan<char> span, string name)
    {
        var offset = 0;
        while (true)
        {
            var at = span[offset..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var start = offset + at;
            var end = start + name.Length;
            if (start > 0 && span[start - 1] == '"' && end < span.Length && span[end] == '"')
            {
                return start - 1;
            }

            offset = end;
        }
    }
}
