using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Model;
using Vigil.Storage.Settings;

namespace Vigil.Dashboard.Pages.Settings;

/// <summary>
/// The project's own alert rules and its channels. A channel's secret (and the credential part of a webhook URL) is
/// taken once and never shown again; the table lists where it sends and its last deliveries.
/// </summary>
public sealed class AlertingModel(ProjectContext projects, DashboardOptions options) : SettingsPageModel(projects, options)
{
    public override string Tab => "alerting";

    public IReadOnlyList<StoredAlertRule> Rules { get; private set; } = [];

    /// <summary>Null when the collector keeps no alerts.</summary>
    public IReadOnlyList<ChannelActivity>? Channels { get; private set; }

    /// <summary>What was typed into the rule form, kept when it had problems.</summary>
    public AlertRuleInput RuleForm { get; private set; } = new() { Threshold = 1, WindowMinutes = 10 };

    public ChannelInput ChannelForm { get; private set; } = new() { Kind = "webhook", SmtpPort = 25 };

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddRuleAsync(string? name, string? ruleId, string? minThreat, string? endpoint, string? subject, string? threshold, string? windowMinutes)
    {
        RuleForm = new AlertRuleInput
        {
            Name = name,
            RuleId = ruleId,
            MinThreat = minThreat,
            Endpoint = endpoint,
            Subject = subject,
            Threshold = Number(threshold, int.Parse, invalid: 0),
            WindowMinutes = Number(windowMinutes, double.Parse, invalid: -1),
        };
        if (Ready)
        {
            var (rule, problems) = await Editor!.AddAlertRuleAsync(Project!.Id, RuleForm, Aborted).ConfigureAwait(false);
            Problems = problems;
            if (rule is not null)
            {
                Message = $"Alert rule \"{rule.Name}\" applies to this project's findings from the next event on.";
                RuleForm = new() { Threshold = 1, WindowMinutes = 10 };
            }
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteRuleAsync(Guid id)
    {
        if (Ready)
        {
            Message = await Editor!.DeleteAlertRuleAsync(Project!.Id, id, Aborted).ConfigureAwait(false) ? "Alert rule deleted." : null;
            Problems = Message is null ? [new("id", "no such alert rule in this project")] : [];
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostAddChannelAsync(string? name, string? kind, string? target, string? secret, string? smtpHost, string? smtpPort, string? from, string? minThreat)
    {
        ChannelForm = new ChannelInput
        {
            Name = name, Kind = kind, Target = target, SmtpHost = smtpHost, From = from, MinThreat = minThreat,
            SmtpPort = Number(smtpPort, int.Parse, invalid: 0),
        };
        if (Ready)
        {
            var (channel, problems) = await Editor!.SaveChannelAsync(Project!.Id, ChannelForm with { Secret = secret }, replace: false, Aborted).ConfigureAwait(false);
            Problems = problems;
            if (channel is not null)
            {
                Message = $"Channel \"{channel.Name}\" saved. Its secret is stored and will not be shown again.";
                ChannelForm = new() { Kind = "webhook", SmtpPort = 25 };
            }
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteChannelAsync(string? name)
    {
        if (Ready && name is not null)
        {
            Message = await Editor!.DeleteChannelAsync(Project!.Id, name, Aborted).ConfigureAwait(false) ? $"Channel \"{name}\" deleted." : null;
            Problems = Message is null ? [new("name", "no such channel in this project")] : [];
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    // An empty box means "the default"; text that is no number becomes a value the editor refuses, so it is reported
    // with the other problems instead of silently taking the default.
    private static T? Number<T>(string? text, Func<string, IFormatProvider, T> parse, T invalid)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return parse(text.Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return invalid;
        }
    }

    private async Task LoadAsync()
    {
        if (!Ready)
        {
            return;
        }

        Rules = await Editor!.ListAlertRulesAsync(Project!.Id, Aborted).ConfigureAwait(false);
        if (Options.Alerts is { } alerts)
        {
            Channels = await ChannelActivity.LoadAsync(alerts.Store, Project.Id, Aborted).ConfigureAwait(false);
        }
    }
}
