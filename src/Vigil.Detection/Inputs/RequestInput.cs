namespace Vigil.Detection.Inputs;

public enum InputSource
{
    Query,
    Path,
    Header,
    Cookie,
    Form,
    JsonValue,
    JsonKey,
    Body,
}

/// <summary>
/// One attacker-controlled value of a request, decoded once (URL-decoded for query, path and form values),
/// with a location a person can find it by: <c>query.q</c>, <c>path[2]</c>, <c>header.User-Agent</c>,
/// <c>cookie.session</c>, <c>form.comment</c>, <c>body/items/0/name</c>.
/// </summary>
public readonly record struct RequestInput(InputSource Source, string Name, string Value, string Location);
