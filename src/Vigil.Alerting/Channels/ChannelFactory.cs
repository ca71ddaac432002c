using System.Net.Mail;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Channels;

/// <summary>Builds a channel from its configuration, after <see cref="Problems"/> said it is valid.</summary>
public static class ChannelFactory
{
    /// <param name="http">A client from <see cref="ChannelTargetGuard.CreateHttpClient"/>, which checks every address it connects to.</param>
    /// <param name="allowPrivate">The operator's opt-in to loopback and private targets (SMTP relays on localhost).</param>
    public static IAlertChannel Create(ChannelConfig config, HttpClient http, TimeProvider clock, bool allowPrivate = false) => config.Kind switch
    {
        ChannelKind.Webhook => new WebhookChannel(config.Name, new Uri(config.Target), config.Secret, http, clock),
        ChannelKind.Slack => new SlackChannel(config.Name, new Uri(config.Target), http),
        ChannelKind.Email => new EmailChannel(config.Name, config.SmtpHost!, config.SmtpPort, config.From!, Recipients(config.Target), allowPrivate),
        _ => throw new ArgumentOutOfRangeException(nameof(config), config.Kind, "unknown channel kind"),
    };

    /// <summary>
    /// Every problem with a channel configuration, for the API's 400 and the config file's start-up error. A target
    /// written as a loopback/private IP or "localhost" is refused here unless <paramref name="allowPrivate"/>; names
    /// that resolve to such addresses are refused when delivering (<see cref="ChannelTargetGuard"/>).
    /// </summary>
    public static IReadOnlyList<string> Problems(ChannelConfig config, bool allowPrivate = false)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(config.Name) || config.Name.Length > 64 || config.Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            problems.Add("name must be 1-64 letters, digits, '-', '_' or '.'");
        }

        if (config.Kind is ChannelKind.Webhook or ChannelKind.Slack)
        {
            if (!Uri.TryCreate(config.Target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add("target must be an absolute http or https URL");
            }
            else if (!allowPrivate && ChannelTargetGuard.IsForbiddenLiteral(url.Host))
            {
                problems.Add($"target {ChannelTargetGuard.RefusedMessage}");
            }

            if (config.Secret is { Length: > 256 })
            {
                problems.Add("secret must be at most 256 characters");
            }
        }
        else if (config.Kind == ChannelKind.Email)
        {
            if (string.IsNullOrWhiteSpace(config.SmtpHost))
            {
                problems.Add("smtpHost is required for an email channel");
            }
            else if (!allowPrivate && ChannelTargetGuard.IsForbiddenLiteral(config.SmtpHost))
            {
                problems.Add($"smtpHost {ChannelTargetGuard.RefusedMessage}");
            }

            if (config.SmtpPort is < 1 or > 65535)
            {
                problems.Add("smtpPort must be 1-65535");
            }

            if (!IsAddress(config.From))
            {
                problems.Add("from must be an e-mail address");
            }

            var to = Recipients(config.Target);
            if (to.Count is 0 or > 20 || !to.All(IsAddress))
            {
                problems.Add("target must be 1-20 comma-separated e-mail addresses");
            }
        }
        else
        {
            problems.Add("kind must be webhook, slack or email");
        }

        return problems;
    }

    private static List<string> Recipients(string target) =>
        [.. target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool IsAddress(string? value) => value is { Length: > 2 and < 255 } && MailAddress.TryCreate(value, out _);
}
