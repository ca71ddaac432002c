using System.Net.Mail;
using Vigil.Alerting.Grouping;

namespace Vigil.Alerting.Channels;

/// <summary>
/// Plain-text e-mail over SMTP (System.Net.Mail): subject is the headline, body the message and the alert id.
/// Put credentials and TLS in a relay rather than here; a relay on localhost or a private network needs the
/// operator's opt-in (<see cref="AlertingOptions.AllowPrivateChannelTargets"/>), like every channel target.
/// </summary>
public sealed class EmailChannel(string name, string host, int port, string from, IReadOnlyList<string> to, bool allowPrivate = false) : IAlertChannel
{
    public string Name => name;

    public async Task<DeliveryAttempt> SendAsync(AlertChange change, CancellationToken cancellationToken)
    {
        using var message = new MailMessage { From = new MailAddress(from), Subject = AlertPayload.Headline(change), Body = SlackChannel.Text(change).Replace("*", "", StringComparison.Ordinal) };
        foreach (var address in to)
        {
            message.To.Add(address);
        }

        // Connect to the address that was checked, not the name: a second lookup could answer differently.
        var relay = await ChannelTargetGuard.ResolveAsync(host, allowPrivate, cancellationToken).ConfigureAwait(false);
        using var client = new SmtpClient(relay.ToString(), port) { DeliveryMethod = SmtpDeliveryMethod.Network };
        try
        {
            await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            return DeliveryAttempt.Ok;
        }
        catch (SmtpException ex)
        {
            // 4xx replies are the server asking us to come back later; 5xx are final.
            var code = (int)ex.StatusCode;
            return new DeliveryAttempt(false, code is < 500 or >= 600, code, $"SMTP {code}");
        }
    }
}
