using System.Buffers;

namespace Vigil.Masking.Patterns;

/// <summary>
/// Credentials whose vendors give them a recognisable prefix (GitHub, GitLab, Stripe, Slack, AWS, Google, OpenAI,
/// npm, SendGrid, Hugging Face), so they are caught even in free text under an innocent name.
/// </summary>
internal static class KnownTokenScanner
{
    private enum Body
    {
        Alphanumeric,
        Word,
        WordAndDash,
        UpperAlphanumeric,
        Dotted,
    }

    // Minimum body lengths sit a little under the real ones so a token cut by truncation is still caught.
    private static readonly (string Prefix, Body Body, int MinLength)[] Kinds =
    [
        ("ghp_", Body.Alphanumeric, 30), ("gho_", Body.Alphanumeric, 30), ("ghu_", Body.Alphanumeric, 30),
        ("ghs_", Body.Alphanumeric, 30), ("ghr_", Body.Alphanumeric, 30), ("github_pat_", Body.Word, 20),
        ("glpat-", Body.WordAndDash, 20),
        ("sk_live_", Body.Alphanumeric, 16), ("rk_live_", Body.Alphanumeric, 16), ("sk_test_", Body.Alphanumeric, 16),
        ("rk_test_", Body.Alphanumeric, 16), ("whsec_", Body.Alphanumeric, 16),
        ("xoxb-", Body.WordAndDash, 10), ("xoxp-", Body.WordAndDash, 10), ("xoxa-", Body.WordAndDash, 10),
        ("xoxr-", Body.WordAndDash, 10), ("xoxs-", Body.WordAndDash, 10),
        ("AKIA", Body.UpperAlphanumeric, 16), ("ASIA", Body.UpperAlphanumeric, 16),
        ("AIza", Body.WordAndDash, 30), ("sk-", Body.WordAndDash, 32), ("npm_", Body.Alphanumeric, 30),
        ("SG.", Body.Dotted, 40), ("hf_", Body.Alphanumeric, 30),
    ];

    public static readonly string[] Prefixes = Kinds.Select(k => k.Prefix).ToArray();

    private static readonly SearchValues<string> PrefixSearch = SearchValues.Create(Prefixes, StringComparison.Ordinal);

    public static void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(PrefixSearch);
            if (next < 0)
            {
                return;
            }

            var start = i + next;
            i = start + 1;
            if (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }

            foreach (var (prefix, body, minLength) in Kinds)
            {
                if (!text[start..].StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = start + prefix.Length;
                while (end < text.Length && IsBody(text[end], body))
                {
                    end++;
                }

                if (end - start - prefix.Length >= minLength)
                {
                    redactions.Add(start, end);
                    i = end;
                    break;
                }
            }
        }
    }

    private static bool IsBody(char c, Body body) => body switch
    {
        Body.Alphanumeric => char.IsAsciiLetterOrDigit(c),
        Body.Word => char.IsAsciiLetterOrDigit(c) || c == '_',
        Body.WordAndDash => char.IsAsciiLetterOrDigit(c) || c is '_' or '-',
        Body.UpperAlphanumeric => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
        _ => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.',
    };
}
