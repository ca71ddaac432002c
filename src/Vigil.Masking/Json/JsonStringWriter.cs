using System.Text;

namespace Vigil.Masking.Json;

/// <summary>
/// Writes a masked string back as a JSON string literal. Escapes only what JSON requires, so the unmasked
/// remainder reads as it did (a stricter encoder would turn every <c>é</c> and <c>+</c> into <c>\uXXXX</c>).
/// </summary>
internal static class JsonStringWriter
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
