using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Ssti;

/// <summary>
/// Server-side template injection: a template delimiter pair (<c>{{ }}</c>, <c>${ }</c>, <c>#{ }</c>,
/// <c>*{ }</c>, <c>{% %}</c>, <c>&lt;%= %&gt;</c>, <c>&lt;#…&gt;</c>) around an expression that computes or reaches
/// into the runtime: arithmetic on literals (<c>{{7*7}}</c>, the classic probe), a call, dunder
/// introspection (<c>''.__class__</c>), or a class lookup (<c>T(java.lang.Runtime)</c>). A bare
/// placeholder such as <c>{{name}}</c> or <c>${user.email}</c> is ordinary text in many APIs and stays clean.
/// </summary>
internal static class SstiDetector
{
    public const string TemplateExpression = "template-expression";
    public const string TemplateDirective = "template-directive";

    private const int MaxExpression = 512;

    // Delimiter pairs examined per value; a value of "{{" repeated must not cost more than a few.
    private const int MaxCandidates = 32;

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAny("{%<"))
        {
            return InjectionVerdict.Clean;
        }

        if (value.Contains("<#assign", StringComparison.OrdinalIgnoreCase) || value.Contains("<#import", StringComparison.OrdinalIgnoreCase) ||
            value.Contains("?new()", StringComparison.Ordinal))
        {
            return Verdict(TemplateDirective);
        }

        int candidates = 0;
        for (int i = 0; i + 1 < value.Length && candidates < MaxCandidates; i++)
        {
            char c = value[i];
            char next = value[i + 1];
            int start;
            string close;
            if (c == '{' && next is '{' or '%')
            {
                (start, close) = (i + 2, next == '{' ? "}}" : "%}");
            }
            else if (c is '$' or '#' or '*' or '@' && next == '{')
            {
                (start, close) = (i + 2, "}");
            }
            else if (c == '<' && next == '%')
            {
                (start, close) = (i + 2 < value.Length && value[i + 2] is '=' or '-' or '#' ? i + 3 : i + 2, "%>");
            }
            else
            {
                continue;
            }

            candidates++;
            if (Inner(value, start, close) is { } inner && Dangerous(value[inner].Trim()))
            {
                return Verdict(TemplateExpression);
            }
        }

        return InjectionVerdict.Clean;
    }

    private static Range? Inner(ReadOnlySpan<char> value, int start, string close)
    {
        if (start >= value.Length)
        {
            return null;
        }

        ReadOnlySpan<char> window = value[start..Math.Min(value.Length, start + MaxExpression + close.Length)];
        int end = window.IndexOf(close, StringComparison.Ordinal);
        return end < 0 ? null : start..(start + end);
    }

    private static bool Dangerous(ReadOnlySpan<char> expression)
    {
        if (expression.IsEmpty)
        {
            return false;
        }

        if (expression.Contains("__", StringComparison.Ordinal) || expression.Contains("T(", StringComparison.Ordinal) ||
            expression.Contains("getClass", StringComparison.Ordinal) || expression.Contains("forName", StringComparison.Ordinal))
        {
            return true;
        }

        if (LiteralArithmetic(expression))
        {
            return true;
        }

        // A call (config.items(), self.__init__, request.application…, system("id")) in a template is code.
        JsReading reading = JsFragment.Read(expression.TrimStart('=').TrimStart('-'));
        return reading.Valid && (reading.Facts & (JsFacts.Call | JsFacts.SinkReference | JsFacts.Assignment)) != 0;
    }

    // 7*7, 7*'7', 1337+1, "a"*3: operators between literals compute nothing a placeholder would.
    private static bool LiteralArithmetic(ReadOnlySpan<char> expression)
    {
        var lexer = new JsLexer(expression, '\0', backslashEscapes: true);
        int literals = 0;
        int operators = 0;
        while (true)
        {
            JsToken t = lexer.Next(regexAllowed: false);
            switch (t.Kind)
            {
                case JsTokenKind.End:
                    return literals >= 2 && operators >= 1;
                case JsTokenKind.Number or JsTokenKind.String:
                    literals++;
                    break;
                case JsTokenKind.Punctuator when lexer.Text(t) is "*" or "+" or "-" or "/" or "%" or "**" or "~":
                    operators++;
                    break;
                case JsTokenKind.Punctuator when lexer.Text(t) is "(" or ")":
                    break;
                default:
                    return false;
            }
        }
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Ssti, reason, InjectionContext.Raw);
}
