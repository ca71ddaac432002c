namespace Vigil.Detection.Inputs;

/// <summary><c>a=1&amp;b=2</c> pairs of a query string or a form body, decoded the way a server decodes them.</summary>
internal static class FormPairs
{
    public static void Add(InputList inputs, string raw, InputSource source, string prefix)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return;
        }

        foreach (var pair in raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (inputs.Full)
            {
                return;
            }

            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq], plusIsSpace: true);
            var value = eq < 0 ? "" : Decode(pair[(eq + 1)..], plusIsSpace: true);
            inputs.Add(new RequestInput(source, name, value, $"{prefix}.{name}"));
        }
    }

    /// <summary>Percent-decoding that never throws: an invalid escape is kept as written.</summary>
    public static string Decode(string value, bool plusIsSpace)
    {
        if (value.IndexOfAny(['%', '+']) < 0)
        {
            return value;
        }

        var text = plusIsSpace ? value.Replace('+', ' ') : value;
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
