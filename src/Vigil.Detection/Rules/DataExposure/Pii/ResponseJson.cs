using System.Globalization;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>One string or number leaf of a response body; <see cref="Pointer"/> is built only when a rule reports.</summary>
internal readonly record struct ResponseLeaf(string Key, string Value, bool IsNumber, IReadOnlyList<string> Path)
{
    public string Pointer() => JsonVisit.Pointer("response.body", Path);
}

/// <summary>
/// The string and number leaves of a JSON response, through the shared <see cref="JsonWalker"/>, bounded to the
/// first 256 KiB and <see cref="MaxLeaves"/> leaves.
/// </summary>
internal static class ResponseJson
{
    public const int MaxBodyChars = 256 * 1024;
    public const int MaxLeaves = 20_000;

    public static bool LooksLikeJson(string body)
    {
        var text = body.AsSpan().TrimStart();
        return text.Length > 0 && text[0] is '{' or '[';
    }

    /// <summary>The part of a body the data-exposure rules read: the first 256 KiB.</summary>
    public static string Prefix(string body) => body.Length <= MaxBodyChars ? body : body[..MaxBodyChars];

    /// <param name="worthReading">Leaves it rejects are counted but not visited (see <see cref="JsonWalker.LeafFilter"/>).</param>
    public static void Walk(string body, Action<ResponseLeaf> visit, JsonWalker.LeafFilter? worthReading = null)
    {
        var leaves = 0;
        JsonWalker.Walk(Prefix(body), (in JsonVisit v) =>
        {
            // Property names are not leaves here: a response's keys are the API's own vocabulary, not data.
            if (v.Kind == JsonTokenKind.PropertyName)
            {
                return true;
            }

            if (v.Kind != JsonTokenKind.SkippedLeaf)
            {
                visit(new ResponseLeaf(KeyOf(v.Path), v.Value, v.Kind == JsonTokenKind.Number, v.Path));
            }

            return ++leaves < MaxLeaves;
        }, worthReading);
    }

    // The nearest property name: for /customers/0/phones/1 it is "phones".
    private static string KeyOf(List<string> path)
    {
        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (path[i].Length == 0 || !char.IsAsciiDigit(path[i][0]) || !int.TryParse(path[i], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return path[i];
            }
        }

        return "";
    }
}
