using System.Net.Mail;
using System.Net.Sockets;
using Polly.Timeout;

namespace Vigil.Alerting.Channels;

/// <summary>
/// The class of a failed delivery, as stored in the delivery log. Exception messages are never stored: they carry
/// internal host names, ports and banners, and the log is readable with a read key, so it would otherwise report
/// what sits behind the collector.
/// </summary>
public static class DeliveryError
{
    public static string Classify(Exception ex) => ex switch
    {
        _ when IsRefusedTarget(ex) => "target address not allowed",
        TimeoutRejectedException or TaskCanceledException or TimeoutException => "timeout",
        SmtpException smtp => $"SMTP {(int)smtp.StatusCode}",
        _ when Find<SocketException>(ex) is { } s => s.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
            SocketError.TimedOut => "timeout",
            _ => "network error",
        },
        HttpRequestException => "HTTP request failed",
        _ => "delivery failed",
    };

    public static bool IsRefusedTarget(Exception ex) => Find<ChannelTargetRefusedException>(ex) is not null;

    private static T? Find<T>(Exception ex)
        where T : Exception
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is T t)
            {
                return t;
            }
        }

        return null;
    }
}
