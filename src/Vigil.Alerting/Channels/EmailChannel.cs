using System.Net.Mail;
using Vigil.Alerting.Grouping;

namespace Vigil.Alerting.Channels;

/// <summary>
/// Plain-text e-mail over SMTP (System.Net.Mail): subject is the headline, body the message and the alert id.
/// For relays on localhost or a private network; put credentials and TLS in a local relay rather than here.
/// </summary>
public sealed class EmailChannel(string name, string host, int port, string from, IReadOnlyList<string> to) : IAlertChannel
{
    public string Name => name;

    public async Task<DeliveryAttempt> SendAsync(AlertChange change, CancellationToken cancellationToken)
    {
        using var message = new MailMessage { From = new MailAddress(from), Subject = AlertPayload.Headline(change), Body = SlackChannel.Text(change).Replace("*", "", StringComparison.Ordinal) };
        foreach (var address in to)
        {
            message.To.Add(address);
        }

        using var client = new SmtpClient(host, port) { DeliveryMethod = SmtpDeliveryMethod.Network };
        try
        {
            await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            return DeliveryAttempt.Ok;
        }
        catch (SmtpException ex)
        {
            // 4xx replies are the server asking us to come back later; 5xx are final.
            var code = (int)ex.StatusCode;
            return new DeliveryAttempt(false, code is < 500 or >= 600, code, $"SMTP {code}: {ex.Message}");
        }
    }
}
