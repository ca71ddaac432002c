using System.Net;

namespace Vigil.Detection.Reputation;

/// <summary>One network of a list: where it came from (list name and line) and what it is.</summary>
public sealed record IpReputationEntry(IPNetwork Network, string Category, string List, int Line);
