namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>What a JSON field name says about its value, compared without case, '_' or '-' (date_of_birth = dateOfBirth).</summary>
internal static class FieldNames
{
    public static string Normalize(string key)
    {
        Span<char> buffer = stackalloc char[Math.Min(key.Length, 64)];
        var n = 0;
        foreach (var ch in key.AsSpan(0, Math.Min(key.Length, 64)))
        {
            if (ch is not ('_' or '-' or ' ' or '.'))
            {
                buffer[n++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(buffer[..n]);
    }

    public static bool IsPhone(string normalized) =>
        normalized is "tel" or "msisdn" or "contact" or "contactno" or "contactnumber"
        || (!normalized.EndsWith("id", StringComparison.Ordinal)
            && (normalized.Contains("phone", StringComparison.Ordinal) || normalized.Contains("mobile", StringComparison.Ordinal)
                || normalized.Contains("telephone", StringComparison.Ordinal) || normalized.Contains("whatsapp", StringComparison.Ordinal)));

    public static bool IsDateOfBirth(string normalized) =>
        normalized is "dob" or "dateofbirth" or "birthdate" or "birthday" or "birthdt" || normalized.EndsWith("dateofbirth", StringComparison.Ordinal);

    public static bool IsPassport(string normalized) =>
        normalized.Contains("passport", StringComparison.Ordinal) && !normalized.Contains("expir", StringComparison.Ordinal)
        && !normalized.Contains("issue", StringComparison.Ordinal) && !normalized.Contains("country", StringComparison.Ordinal);

    public static bool IsSecret(string normalized) =>
        normalized is "password" or "passwd" or "pwd" or "passwordhash" or "secret" or "clientsecret" or "apisecret" or "apikey"
            or "privatekey" or "secretkey" or "secretaccesskey";
}
