namespace Vigil.OpenApi.Validation;

/// <summary>One value that breaks its schema: where (JSON pointer under the request or response) and why.</summary>
/// <param name="UnknownField">A field the schema does not list (excessive data in a response).</param>
internal readonly record struct Violation(string Pointer, string Message, bool UnknownField = false);
