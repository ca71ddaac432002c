namespace Vigil.Captures.Internal;

internal static class CaptureText
{
    public static string Describe(CaptureFormat format, int number, string? field, string message)
    {
        var what = field is null ? message : $"{field} {message}";
        if (number <= 0)
        {
            return what;
        }

        return format == CaptureFormat.Har ? $"entry {number}: {what}" : $"line {number}: {what}";
    }
}
