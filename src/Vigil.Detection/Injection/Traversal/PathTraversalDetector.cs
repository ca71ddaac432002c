using System.Buffers;

namespace Vigil.Detection.Injection.Traversal;

/// <summary>
/// Path traversal and local file inclusion: climbing out of a directory (<c>../</c> or <c>..\</c>, after the
/// decoding pipeline has undone URL, overlong UTF-8, <c>%u</c> and full-width forms), naming a sensitive
/// file by path, or a NUL byte that truncates an appended extension. One <c>../</c> is an ordinary relative
/// link, so a single step only counts when it leads somewhere sensitive or starts an absolute climb.
/// </summary>
internal static class PathTraversalDetector
{
    public const string Traversal = "dot-dot-slash";
    public const string SensitiveFile = "sensitive-file";
    public const string NullByte = "null-byte";

    // A climb this deep has no business in an ordinary value.
    private const int DeepClimb = 3;
    private const int MaxScan = 8192;

    private static readonly SearchValues<char> Interesting = SearchValues.Create("./\\\0");

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAny(Interesting))
        {
            return InjectionVerdict.Clean;
        }

        ReadOnlySpan<char> scanned = value.Length > MaxScan ? value[..MaxScan] : value;
        char[]? rented = null;
        Span<char> path = scanned.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(scanned.Length));
        try
        {
            int n = Normalize(scanned, path, out bool nul);
            ReadOnlySpan<char> normal = path[..n];
            string? reason = Judge(normal, nul);
            return reason is null ? InjectionVerdict.Clean : new InjectionVerdict(InjectionKind.PathTraversal, reason, InjectionContext.Raw);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static string? Judge(ReadOnlySpan<char> path, bool nul)
    {
        int steps = CountClimb(path, out bool leading);
        bool sensitive = ContainsSensitive(path);
        if (steps >= DeepClimb || (steps >= 1 && (sensitive || (leading && steps >= 2))))
        {
            return Traversal;
        }

        // Without a climb, a sensitive path counts when the value is a path, not a sentence that mentions
        // one ("Edit /etc/hosts on your laptop").
        if (sensitive && !path.ContainsAny(" \t\n"))
        {
            return SensitiveFile;
        }

        // Fuzzers wrap the dots and separators in encodings no server decodes, but the target is still named.
        if (path.Contains("..", StringComparison.Ordinal) && SensitivePaths.NamedLoosely(path))
        {
            return Traversal;
        }

        return nul && path.ContainsAny('/', '.') ? NullByte : null;
    }

    // Lower-cases, turns '\' into '/', and drops control characters that a file API would ignore or that
    // payloads wedge between the dots and the slash ("..%01/").
    private static int Normalize(ReadOnlySpan<char> value, Span<char> output, out bool nul)
    {
        nul = false;
        int n = 0;
        foreach (char c in value)
        {
            if (c == '\0')
            {
                nul = true;
                continue;
            }

            if (c < ' ' || c == '\uFFFD')
            {
                continue;
            }

            // U+2215 DIVISION SLASH and U+2216 SET MINUS are the look-alikes that best-fit mappings turn into separators.
            output[n++] = c is '\\' or '\u2215' or '\u2216' or '\u29F5' ? '/' : char.ToLowerInvariant(c);
        }

        return n;
    }

    // The longest run of "../" steps (also "..;/", "....//", ".../" which filters reduce to "../").
    private static int CountClimb(ReadOnlySpan<char> path, out bool leading)
    {
        leading = false;
        int best = 0;
        int run = 0;
        int i = 0;
        while (i < path.Length)
        {
            int dots = 0;
            while (i + dots < path.Length && path[i + dots] == '.')
            {
                dots++;
            }

            if (dots >= 2)
            {
                int j = i + dots;
                if (j < path.Length && path[j] == ';')
                {
                    j++;
                }

                bool boundaryBefore = i == 0 || path[i - 1] is '/' or '=' or ':' or '"' or '\'' or ' ';
                bool slashAfter = j < path.Length && path[j] == '/';
                if (boundaryBefore && (slashAfter || j == path.Length))
                {
                    leading |= i == 0 || (i == 1 && path[0] == '/');
                    run++;
                    best = Math.Max(best, run);
                    i = j;
                    while (i < path.Length && path[i] == '/')
                    {
                        i++;
                    }

                    continue;
                }
            }

            if (dots == 0)
            {
                if (path[i] != '/')
                {
                    run = 0;
                }

                i++;
            }
            else
            {
                run = 0;
                i += dots;
            }
        }

        return best;
    }

    private static bool ContainsSensitive(ReadOnlySpan<char> path)
    {
        if (!path.Contains('/'))
        {
            return false;
        }

        foreach (string target in SensitivePaths.All)
        {
            if (path.Contains(target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
