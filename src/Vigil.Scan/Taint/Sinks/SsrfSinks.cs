namespace Vigil.Scan.Taint.Sinks;

/// <summary>Outbound requests to a URL the client chose (server-side request forgery).</summary>
internal sealed class SsrfSinks : ISinkSet
{
    private static readonly string[] Clients = ["HttpClient", "HttpClientJsonExtensions"];

    public IEnumerable<SinkSpec> Sinks =>
    [
        .. ((string[])
        [
            "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
            "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
        ]).Select(m => SinkSpec.Call(SinkKind.Ssrf, m, Clients)),
        SinkSpec.New(SinkKind.Ssrf, "HttpRequestMessage", 1),
        SinkSpec.Call(SinkKind.Ssrf, "Create", ["WebRequest", "HttpWebRequest"]),
        SinkSpec.Call(SinkKind.Ssrf, "DownloadString", ["WebClient"]),
        SinkSpec.Call(SinkKind.Ssrf, "DownloadData", ["WebClient"]),
        SinkSpec.Set(SinkKind.Ssrf, "BaseAddress", "HttpClient"),
        SinkSpec.Set(SinkKind.Ssrf, "RequestUri", "HttpRequestMessage"),
    ];
}
