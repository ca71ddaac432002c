namespace Vigil.Detection.Inputs;

/// <summary>Every string leaf and every property name of a request's JSON body, located by JSON pointer.</summary>
internal static class JsonLeaves
{
    public static void Add(InputList inputs, string body) =>
        JsonWalker.Walk(body, (in JsonVisit visit) =>
        {
            switch (visit.Kind)
            {
                case JsonTokenKind.PropertyName:
                    inputs.Add(new RequestInput(InputSource.JsonKey, visit.Value, visit.Value, visit.Pointer("body")));
                    break;
                case JsonTokenKind.String:
                    inputs.Add(new RequestInput(InputSource.JsonValue, visit.Path.Count == 0 ? "" : visit.Path[^1], visit.Value, visit.Pointer("body")));
                    break;
            }

            return !inputs.Full;
        });
}
