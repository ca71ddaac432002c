namespace Vigil.Masking.Names;

/// <summary>
/// The names masked out of the box, already normalised (see <see cref="NameNormalizer"/>).
/// Data only, so a reviewer can read the whole policy in one screen.
/// </summary>
internal static class BuiltInNames
{
    /// <summary>Masked when the whole normalised name (or its last dotted/bracketed segment) is one of these.</summary>
    public static readonly string[] Exact =
    [
        // Passwords and shared secrets.
        "password", "passwd", "pwd", "pass", "passphrase", "secret", "clientsecret", "apisecret",
        "credential", "credentials", "connectionstring",

        // Bearer-style tokens and API keys.
        "token", "accesstoken", "refreshtoken", "idtoken", "authtoken", "apitoken", "apikey", "xapikey",
        "authorization", "proxyauthorization", "xauthorization", "auth", "xauth", "xvigilkey", "ocpapimsubscriptionkey", "subscriptionkey",
        "accesskey", "secretkey", "accountkey", "sharedaccesskey", "encryptionkey", "signingkey", "masterkey",
        "privatekey", "clientassertion", "samlresponse", "authcode", "authorizationcode",

        // Request signatures: a presigned URL's signature is a bearer credential until it expires.
        "signature", "sig", "xamzsignature", "xamzsecuritytoken",

        // Sessions and anti-forgery tokens.
        "cookie", "setcookie", "sessionid", "session", "sid", "jsessionid", "phpsessid",
        "csrf", "xsrf", "csrftoken", "xcsrftoken", "xsrftoken", "xxsrftoken",

        // Payment cards and personal identifiers.
        "cardnumber", "creditcard", "ccnumber", "cardno", "pan", "cvv", "cvc", "cvv2", "cvc2", "securitycode",
        "ssn", "socialsecuritynumber", "pin", "otp", "totp", "mfacode",
    ];

    /// <summary>
    /// Masked when they appear anywhere inside a normalised name (<c>newPassword</c>, <c>csrf_token</c>).
    /// Only long, unambiguous words: <c>pin</c> or <c>otp</c> here would mask <c>shipping</c> and <c>topping</c>.
    /// </summary>
    public static readonly string[] Contained =
    [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey",
        "cardnumber", "creditcard", "sessionid", "connectionstring",
    ];
}
