namespace Vigil.Dashboard.Charts;

/// <summary>One named line or bar stack layer of a chart; <see cref="Values"/> has one value per bucket.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double> Values);
