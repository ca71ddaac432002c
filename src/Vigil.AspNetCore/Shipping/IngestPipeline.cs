using Polly;
using Polly.Retry;
using Polly.Timeout;
using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Retry with exponential backoff and jitter around a per-attempt timeout. Retries network errors, timeouts,
/// 408, 429 and 5xx, waiting as long as Retry-After asks (capped); any other answer is final.
/// </summary>
internal static class IngestPipeline
{
    // A collector asking for an hour's pause must not park the shipper for an hour; the queue bounds the backlog.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<IngestResponse> Create(VigilSettings settings, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder<IngestResponse> { TimeProvider = clock };
        if (settings.MaxRetries > 0)
        {
            var maxDelay = settings.RetryBaseDelay > MaxRetryDelay ? settings.RetryBaseDelay : MaxRetryDelay;
            builder.AddRetry(new RetryStrategyOptions<IngestResponse>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = maxDelay,
                ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { RetryAfter: { } after } ? (TimeSpan?)(after > maxDelay ? maxDelay : after) : null),
            });
        }

        builder.AddTimeout(settings.RequestTimeout);
        return builder.Build();
    }

    internal static bool ShouldRetry(Outcome<IngestResponse> outcome) => outcome.Exception switch
    {
        null => outcome.Result.IsTransient,
        HttpRequestException or TimeoutRejectedException or IOException => true,
        _ => false,
    };
}
