namespace Vigil.Masking.Bodies;

/// <summary>How a body is parsed for masking, decided from its Content-Type and, failing that, its first character.</summary>
internal enum BodyKind
{
    Text,
    Json,
    Form,
    Multipart,
}
