namespace Vigil.Audit.Checks.Security;

/// <summary>Names of fields and parameters that carry credentials or personal data, matched on normalised words.</summary>
internal static class SensitiveNames
{
    private static readonly string[] Credentials =
        ["password", "passwd", "pwd", "secret", "clientsecret", "apisecret", "token", "accesstoken", "refreshtoken", "idtoken",
         "apikey", "privatekey", "passwordhash", "hashedpassword", "pin", "otp", "sessionid", "authorization", "credential", "credentials"];

    // "api_token", "userPassword", "x-client-secret": these words make any name a credential.
    private static readonly string[] CredentialWords = ["password", "passwd", "secret", "token", "apikey", "privatekey"];

    // "pageToken", "nextToken", "syncToken" are cursors, not credentials.
    private static readonly string[] PagingWords = ["page", "next", "cursor", "continuation", "sync", "resume", "csrf"];

    private static readonly string[] Personal =
        ["ssn", "socialsecuritynumber", "email", "emailaddress", "phone", "phonenumber", "dateofbirth", "dob", "birthdate",
         "creditcard", "cardnumber", "pan", "cvv", "cvc", "iban", "passport", "passportnumber", "taxid", "nationalid"];

    private static readonly string[] Secrets =
        ["password", "passwd", "passwordhash", "hashedpassword", "secret", "clientsecret", "apisecret", "privatekey", "secretkey", "pin", "cvv", "cvc", "salt"];

    /// <summary>"credential" or "personal data" when the name is one of ours, else null.</summary>
    public static string? QueryKind(string name)
    {
        var n = Normalise(name);
        if (Credentials.Contains(n) || CredentialWords.Any(w => n.Contains(w, StringComparison.Ordinal)) && !PagingWords.Any(w => n.Contains(w, StringComparison.Ordinal)))
        {
            return "a credential";
        }

        return Personal.Contains(n) ? "personal data" : null;
    }

    /// <summary>True for fields that must never be returned: passwords and their hashes, secrets, private keys.</summary>
    public static bool IsSecret(string name) => Secrets.Contains(Normalise(name));

    // "Client_Secret", "client-secret" and "clientSecret" are all "clientsecret".
    private static string Normalise(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
