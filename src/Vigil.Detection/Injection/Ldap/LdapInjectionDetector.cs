namespace Vigil.Detection.Injection.Ldap;

/// <summary>
/// LDAP filter injection. A value is normally placed inside one filter item, <c>(uid=VALUE)</c>; an
/// injection closes that item and opens new filter syntax: <c>*)(uid=*))(|(uid=*</c>, <c>admin)(&amp;)</c>,
/// <c>x)(|(objectClass=*)</c>. Read with the filter grammar of RFC 4515: after a <c>)</c> comes a <c>(</c>
/// and then an operator (<c>&amp; | !</c>) or an attribute description with a filter type (<c>= ~= &gt;= &lt;= :=</c>).
/// </summary>
internal static class LdapInjectionDetector
{
    public const string FilterBreakout = "filter-breakout";
    public const string FilterOperator = "filter-operator";

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        int open = value.IndexOf('(');
        if (open < 0 || !value.ContainsAny(")&|="))
        {
            return InjectionVerdict.Clean;
        }

        for (int i = open; i >= 0 && i < value.Length; i = Next(value, i + 1))
        {
            // "(&(" "(|(" "(!(", "(|uid=*" and the absolute filters "(&)" "(|)": filter operators, never prose.
            if (i + 2 < value.Length && value[i + 1] is '&' or '|' or '!' && (value[i + 2] is '(' or ')' || IsItem(value, i + 2)))
            {
                return Verdict(FilterOperator);
            }

            // ")(" followed by an item: the value closed its own item and started another.
            if (i > 0 && PreviousSignificant(value, i) == ')' && IsItem(value, i + 1))
            {
                return Verdict(FilterBreakout);
            }
        }

        return InjectionVerdict.Clean;
    }

    private static int Next(ReadOnlySpan<char> value, int from)
    {
        if (from >= value.Length)
        {
            return -1;
        }

        int next = value[from..].IndexOf('(');
        return next < 0 ? -1 : from + next;
    }

    private static char PreviousSignificant(ReadOnlySpan<char> value, int i)
    {
        int j = i - 1;
        while (j >= 0 && value[j] is ' ' or '\0')
        {
            j--;
        }

        return j >= 0 ? value[j] : '\0';
    }

    // attr[;options][:dn][:rule]=… | attr~=… | attr>=… | attr<=… | attr:=…  (attr is a name or an OID).
    private static bool IsItem(ReadOnlySpan<char> value, int at)
    {
        if (at < value.Length && value[at] is '&' or '|' or '!')
        {
            return true;
        }

        int i = at;
        while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '-' or '.' or ';' or '_'))
        {
            i++;
        }

        if (i == at || !char.IsAsciiLetterOrDigit(value[at]))
        {
            return false;
        }

        if (i < value.Length && value[i] == ':')
        {
            i++;
            while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '.' or ':'))
            {
                i++;
            }

            return i < value.Length && value[i] == '=';
        }

        return i < value.Length && (value[i] == '=' || (i + 1 < value.Length && value[i] is '~' or '>' or '<' && value[i + 1] == '='));
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Ldap, reason, InjectionContext.Raw);
}
