namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>Responses by HTTP status class; <see cref="Failed"/> counts requests that got no response at all.</summary>
public readonly record struct StatusClassCounts(
    long Informational, long Successful, long Redirection, long ClientError, long ServerError, long Failed)
{
    public long Total => Informational + Successful + Redirection + ClientError + ServerError + Failed;
}
