namespace Vigil.Detection.Behaviour.Events;

/// <summary>What the route and query of a request say: the object id it names, the page it asks for, its auth action.</summary>
internal static class RouteFacts
{
    private static readonly string[] LoginWords = ["login", "signin", "sign-in", "logon", "token", "auth", "session", "authenticate"];
    private static readonly string[] ResetWords = ["reset", "forgot", "recover", "password"];
    private static readonly string[] OtpWords = ["otp", "mfa", "2fa", "verify", "totp"];
    private static readonly string[] PageNames = ["page", "offset", "skip", "start", "p", "pagenumber", "page_number", "from"];

    /// <summary>The path segment under the template's last <c>{parameter}</c>, when the two line up.</summary>
    public static string? ObjectId(string path, string template)
    {
        var lastParam = template.LastIndexOf('{');
        if (lastParam < 0)
        {
            return null;
        }

        // Count the template's segments before the parameter, then take the same segment of the path.
        var index = 0;
        for (var i = 0; i < lastParam; i++)
        {
            index += template[i] == '/' ? 1 : 0;
        }

        var seen = 0;
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '/')
            {
                continue;
            }

            seen++;
            if (seen == index)
            {
                start = i + 1;
                break;
            }
        }

        if (start < 0 || start >= path.Length)
        {
            return null;
        }

        var end = path.IndexOf('/', start);
        var segment = end < 0 ? path[start..] : path[start..end];
        return segment.Length is > 0 and <= 64 ? segment : null;
    }

    public static long? Page(string query)
    {
        if (query.Length == 0 || query.Length > 4096)
        {
            return null;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var name = pair.AsSpan(0, eq);
            foreach (var candidate in PageNames)
            {
                if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase) && long.TryParse(pair.AsSpan(eq + 1), out var page) && page >= 0)
                {
                    return page;
                }
            }
        }

        return null;
    }

    public static AuthAction Action(string method, string template, IReadOnlyList<string> loginRoutes)
    {
        if (!method.Equals("POST", StringComparison.OrdinalIgnoreCase) && !method.Equals("PUT", StringComparison.OrdinalIgnoreCase))
        {
            return AuthAction.None;
        }

        foreach (var route in loginRoutes)
        {
            if (template.Equals(route, StringComparison.OrdinalIgnoreCase))
            {
                return AuthAction.Login;
            }
        }

        // Order matters: "/auth/password/reset" is a reset and "/auth/otp/verify" an OTP check, not a login.
        return Has(template, ResetWords) ? AuthAction.PasswordReset
            : Has(template, OtpWords) ? AuthAction.Otp
            : Has(template, LoginWords) ? AuthAction.Login
            : AuthAction.None;
    }

    private static bool Has(string template, string[] words)
    {
        foreach (var word in words)
        {
            // A whole word of the route: "/auth/login" and "/forgot-password" match, "/authors" does not.
            for (var at = template.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = template.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if (at > 0 && IsBoundary(template[at - 1]) && (end == template.Length || IsBoundary(template[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBoundary(char c) => c is '/' or '-' or '_' or '.' or '{' or '}';
}
