namespace Vigil.AspNetCore.Shipping;

/// <summary>What the collector answered to one attempt; an expected outcome, not an exception.</summary>
internal readonly record struct IngestResponse(int Status, TimeSpan? RetryAfter, string? Problem)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Worth another attempt: the collector is overloaded, restarting or slow, not refusing this batch.</summary>
    public bool IsTransient => Status is 408 or 429 or >= 500;
}
