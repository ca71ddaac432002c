namespace Vigil.Scan.Taint.Sinks;

/// <summary>XPath expressions built from request data.</summary>
internal sealed class XPathSinks : ISinkSet
{
    private static readonly string[] Owners = ["XPathNavigator", "XmlNode", "XmlDocument", "XmlElement", "Extensions", "XNode", "XDocument", "XElement", "XPathExpression"];

    public IEnumerable<SinkSpec> Sinks =>
        ((string[])["Select", "SelectNodes", "SelectSingleNode", "Evaluate", "Compile", "XPathSelectElement", "XPathSelectElements", "XPathEvaluate"])
        .Select(m => SinkSpec.Call(SinkKind.XPath, m, Owners));
}
