namespace Vigil.Alerting.Channels;

/// <summary>How one send went. Transient failures (network, timeout, 429, 5xx) are retried; permanent ones (4xx) are not.</summary>
public sealed record DeliveryAttempt(bool Delivered, bool Transient, int? HttpStatus = null, string? Error = null)
{
    public static readonly DeliveryAttempt Ok = new(true, false);

    public static DeliveryAttempt FromStatus(int status) =>
        status is >= 200 and < 300 ? new(true, false, status)
        : new(false, status is 408 or 429 or >= 500, status, $"HTTP {status}");
}
