namespace Vigil.Bench.SdkOverhead;

internal enum Variant
{
    /// <summary>The endpoint alone.</summary>
    Bare,

    /// <summary>With AddVigil/UseVigil shipping to <see cref="IngestSink"/>.</summary>
    Vigil,

    /// <summary>With ASP.NET Core HttpLogging logging everything, bodies up to 64 KiB.</summary>
    HttpLogging,
}
