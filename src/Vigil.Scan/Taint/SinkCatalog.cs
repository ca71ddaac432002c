namespace Vigil.Scan.Taint;

/// <summary>Every <see cref="ISinkSet"/> in this assembly, indexed by member name for a cheap first test.</summary>
internal static class SinkCatalog
{
    private static readonly Lazy<ILookup<string, SinkSpec>> ByMember = new(() => typeof(SinkCatalog).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISinkSet).IsAssignableFrom(t))
        .SelectMany(t => ((ISinkSet)Activator.CreateInstance(t)!).Sinks)
        .ToLookup(s => s.Member, StringComparer.Ordinal));

    public static IEnumerable<SinkSpec> Named(string member) => ByMember.Value[member];
}
