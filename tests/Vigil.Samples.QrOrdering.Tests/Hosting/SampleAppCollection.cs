namespace Vigil.Samples.QrOrdering.Tests.Hosting;

/// <summary>
/// Tests that share one running sample. They run one after another, so a test that places an order can rely on the
/// next sequential id not being taken by a neighbour.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SampleAppCollection : ICollectionFixture<SampleHostFixture>
{
    public const string Name = "Sample app";
}
