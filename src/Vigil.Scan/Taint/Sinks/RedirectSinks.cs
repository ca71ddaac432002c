namespace Vigil.Scan.Taint.Sinks;

/// <summary>Open redirects: a redirect target the client chose. <c>LocalRedirect</c> is the safe form and is not listed.</summary>
internal sealed class RedirectSinks : ISinkSet
{
    private static readonly string[] Owners = ["ControllerBase", "Controller", "*Controller", "PageModel", "Results", "TypedResults", "HttpResponse"];

    public IEnumerable<SinkSpec> Sinks =>
    [
        .. ((string[])["Redirect", "RedirectPermanent", "RedirectPreserveMethod", "RedirectPermanentPreserveMethod"]).Select(m => SinkSpec.Call(SinkKind.Redirect, m, Owners)),
        SinkSpec.New(SinkKind.Redirect, "RedirectResult"),
    ];
}
