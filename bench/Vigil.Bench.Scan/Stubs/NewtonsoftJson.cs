namespace Newtonsoft.Json;

public enum TypeNameHandling { None, Objects, Arrays, All, Auto }

public sealed class JsonSerializerSettings
{
    public TypeNameHandling TypeNameHandling { get; set; }
}

public static class JsonConvert
{
    public static object DeserializeObject(string value, JsonSerializerSettings settings) => null;
}
