namespace Vigil.Detection.Rules.DataExposure.Pii;

internal enum PiiKind
{
    Email,
    Phone,
    PaymentCard,
    Iban,
    UsSsn,
    IndianPan,
    Aadhaar,
    Passport,
    DateOfBirth,
}

internal static class PiiKindNames
{
    public static string Name(this PiiKind kind) => kind switch
    {
        PiiKind.Email => "e-mail address",
        PiiKind.Phone => "phone number",
        PiiKind.PaymentCard => "payment card number",
        PiiKind.Iban => "IBAN",
        PiiKind.UsSsn => "US social security number",
        PiiKind.IndianPan => "Indian PAN",
        PiiKind.Aadhaar => "Aadhaar number",
        PiiKind.Passport => "passport number",
        PiiKind.DateOfBirth => "date of birth",
        _ => kind.ToString(),
    };
}
